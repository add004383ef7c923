import { Module } from '@nestjs/common';
import { MunicipalitiesController } from './municipalities.controller';
import { MunicipalitiesService } from './municipalities.service';

/** The 19 Brussels municipalities: reference data (api/src/domain/municipalities.ts), read-only. */
@Module({ controllers: [MunicipalitiesController], providers: [MunicipalitiesService] })
export class MunicipalitiesModule {}
