// What other concepts may use of contacts (intake and duplicates create and change them, reports export the list).
export type { UpdateContactDto } from './contacts.dto';
export { contactsList } from './contacts.list';
export { ContactsService } from './contacts.service';
