import { Module } from '@nestjs/common';
import { ContactPrivacyService } from './contact-privacy.service';
import { ContactsController } from './contacts.controller';
import { ContactsService } from './contacts.service';

@Module({
  controllers: [ContactsController],
  providers: [ContactsService, ContactPrivacyService],
  exports: [ContactsService],
})
export class ContactsModule {}
