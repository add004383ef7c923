import { Module } from '@nestjs/common';
import { PartnersController, PartnersService } from '../partners/partners.controller';
import { ProgrammesController, ProgrammesService } from '../programmes/programmes.controller';
import { ReferralsController } from './referrals.controller';
import { ReferralsService } from './referrals.service';

@Module({ controllers: [PartnersController, ProgrammesController, ReferralsController], providers: [PartnersService, ProgrammesService, ReferralsService] })
export class ReferralsModule {}
