import { Module } from '@nestjs/common';
import { OrganisationImportService } from './import/organisation-import.service';
import { OrganisationsController } from './organisations.controller';
import { OrganisationsService } from './organisations.service';

@Module({
  controllers: [OrganisationsController],
  providers: [OrganisationsService, OrganisationImportService],
  exports: [OrganisationsService],
})
export class OrganisationsModule {}
