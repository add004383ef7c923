import { ListSpec } from '../common/list/list-spec';
import { LANGUAGES } from '../domain/languages';
import { LEGAL_BASES } from '../domain/contact-codes';

export const contactsList: ListSpec = {
  resource: 'contacts',
  fields: {
    id: { column: 'c.id', type: 'uuid' },
    organisationId: { column: 'c.organisation_id', type: 'uuid' },
    firstName: { column: 'c.first_name', sortColumn: 'lower(c.first_name)', type: 'text' },
    lastName: { column: 'c.last_name', sortColumn: 'lower(c.last_name)', type: 'text' },
    email: { column: 'c.email', type: 'text' },
    jobTitle: { column: 'c.job_title', type: 'text' },
    language: { column: 'c.language', type: 'enum', values: LANGUAGES },
    isPrimary: { column: 'c.is_primary', type: 'boolean' },
    legalBasis: { column: 'c.legal_basis', type: 'enum', values: LEGAL_BASES },
    consentGivenAt: { column: 'c.consent_given_at', type: 'datetime' },
    anonymised: { column: '(c.anonymised_at IS NOT NULL)', type: 'boolean', sortable: false },
    createdAt: { column: 'c.created_at', type: 'datetime' },
    updatedAt: { column: 'c.updated_at', type: 'datetime' },
  },
  search: { folded: 'c.search_folded' },
  defaultSort: { field: 'lastName', order: 'ASC' },
};
