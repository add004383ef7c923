import { Module } from '@nestjs/common';
import { ContactsModule } from '../contacts/contacts.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { DuplicatesController } from './duplicates.controller';
import { DuplicatesService } from './duplicates.service';
import { MergeService } from './merge.service';

@Module({
  imports: [OrganisationsModule, ContactsModule],
  controllers: [DuplicatesController],
  providers: [DuplicatesService, MergeService],
  exports: [DuplicatesService],
})
export class DuplicatesModule {}
