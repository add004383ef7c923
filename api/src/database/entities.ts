import { AuditEntry } from '../audit/audit-entry.entity';
import { Session } from '../auth/session.entity';
import { Contact } from '../contacts/contact.entity';
import { Organisation } from '../organisations/organisation.entity';
import { User } from '../users/user.entity';

export const entities = [User, Session, Organisation, Contact, AuditEntry];
