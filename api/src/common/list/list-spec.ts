import type { TextSearch } from './text-search';

/** What one resource lets clients filter and sort on, and the SQL behind each name. */
type ListFieldType = 'text' | 'uuid' | 'enum' | 'number' | 'integer' | 'date' | 'datetime' | 'boolean' | 'array';

export interface ListField {
  /** SQL expression, qualified by the query's alias (`u.full_name`). */
  column: string;
  /** When sorting wants another expression than filtering (`lower(name)` for a case-blind order). */
  sortColumn?: string;
  type: ListFieldType;
  /** Allowed values for `enum` and `array` fields. */
  values?: readonly string[];
  /** What an `array` field holds: text (default) or uuid. */
  items?: 'text' | 'uuid';
  sortable?: boolean;
  filterable?: boolean;
}

export interface ListSpec {
  /** The resource name as it appears in the URL and in Content-Range. */
  resource: string;
  fields: Record<string, ListField>;
  /** What `q` searches, accent- and case-blind. */
  search?: TextSearch;
  defaultSort: { field: string; order: SortOrder };
}

export type SortOrder = 'ASC' | 'DESC';

export const MAX_PAGE_ROWS = 1000;
