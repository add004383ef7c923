import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { ContactsModule } from '../contacts/contacts.module';
import { MailModule } from '../mail/mail.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { IntakeController } from './intake.controller';
import { IntakeRetentionJob } from './intake-retention.job';
import { IntakesController } from './intakes.controller';
import { IntakesService } from './intakes.service';

/** The public intake form and the coordinators' inbox it fills. */
@Module({
  imports: [OrganisationsModule, ContactsModule, CasesModule, MailModule],
  controllers: [IntakeController, IntakesController],
  providers: [IntakesService, IntakeRetentionJob],
  exports: [IntakesService],
})
export class IntakeModule {}
