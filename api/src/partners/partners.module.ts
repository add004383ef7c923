import { Module } from '@nestjs/common';
import { PartnersController } from './partners.controller';
import { PartnersService } from './partners.service';

/** Referral partners (data kept by admins). Other concepts read them through `partners.queries.ts`. */
@Module({ controllers: [PartnersController], providers: [PartnersService] })
export class PartnersModule {}
