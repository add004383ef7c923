import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/organisations.module';
import { TasksModule } from '../tasks/tasks.module';
import { KboChangesService } from './kbo-changes.service';
import { KboController } from './kbo.controller';
import { KboLoadsService } from './kbo-loads.service';
import { KboLookupService } from './kbo-lookup.service';

@Module({
  imports: [OrganisationsModule, TasksModule],
  controllers: [KboController],
  providers: [KboLookupService, KboLoadsService, KboChangesService],
  exports: [KboLoadsService, KboLookupService],
})
export class KboModule {}
