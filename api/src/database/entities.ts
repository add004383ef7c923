import { Assessment } from '../assessments/assessment.entity';
import { AuditEntry } from '../audit/audit-entry.entity';
import { Session } from '../auth/session.entity';
import { CaseEvent } from '../cases/case-event.entity';
import { Case } from '../cases/case.entity';
import { Contact } from '../contacts/contact.entity';
import { Intake } from '../intake/intake.entity';
import { OutboxMessage } from '../mail/outbox-message.entity';
import { Meeting } from '../meetings/meeting.entity';
import { Organisation } from '../organisations/organisation.entity';
import { Partner } from '../partners/partner.entity';
import { Programme } from '../programmes/programme.entity';
import { Recognition } from '../recognitions/recognition.entity';
import { Referral } from '../referrals/referral.entity';
import { Task } from '../tasks/task.entity';
import { User } from '../users/user.entity';
import { Document } from '../documents/document.entity';

export const entities = [
  User,
  Session,
  Organisation,
  Contact,
  AuditEntry,
  Case,
  CaseEvent,
  Meeting,
  Task,
  Assessment,
  Recognition,
  Partner,
  Programme,
  Referral,
  Intake,
  OutboxMessage,
  Document,
];
