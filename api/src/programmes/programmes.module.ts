import { Module } from '@nestjs/common';
import { ProgrammesController } from './programmes.controller';
import { ProgrammesService } from './programmes.service';

/** The partners' programmes (data kept by admins), which referrals to COOPCITY name. */
@Module({ controllers: [ProgrammesController], providers: [ProgrammesService] })
export class ProgrammesModule {}
