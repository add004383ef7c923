// What other concepts may use of organisations (intake, duplicates and the KBO create and change them through
// the service, reports export the list); plain queries: organisations.queries.ts.
export { ORGANISATION_PLAIN_FIELDS, ORGANISATION_WORD_LISTS } from '../domain/organisation-fields';
export { CreateOrganisationDto, type UpdateOrganisationDto } from './organisations.dto';
export { organisationsList } from './organisations.list';
export { OrganisationsService } from './organisations.service';
