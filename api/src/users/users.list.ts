import { ListSpec } from '../common/list/list-spec';
import { LANGUAGES } from '../domain/languages';
import { ROLES } from '../domain/roles';

export const usersList: ListSpec = {
  resource: 'users',
  fields: {
    id: { column: 'u.id', type: 'uuid' },
    email: { column: 'u.email', sortColumn: 'lower(u.email)', type: 'text' },
    fullName: { column: 'u.full_name', sortColumn: 'lower(u.full_name)', type: 'text' },
    role: { column: 'u.role', type: 'enum', values: ROLES },
    language: { column: 'u.language', type: 'enum', values: LANGUAGES },
    active: { column: 'u.active', type: 'boolean' },
    lastLoginAt: { column: 'u.last_login_at', type: 'datetime' },
    createdAt: { column: 'u.created_at', type: 'datetime' },
    updatedAt: { column: 'u.updated_at', type: 'datetime' },
  },
  search: `u.full_name || ' ' || u.email`,
  defaultSort: { field: 'fullName', order: 'ASC' },
};
