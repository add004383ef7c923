import { Module } from '@nestjs/common';
import { ProgrammesController, ProgrammesService } from '../programmes/programmes.controller';
import { ReferralsController } from './referrals.controller';
import { ReferralsService } from './referrals.service';

@Module({ controllers: [ProgrammesController, ReferralsController], providers: [ProgrammesService, ReferralsService] })
export class ReferralsModule {}
