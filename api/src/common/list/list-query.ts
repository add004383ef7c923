import { unstorableTextPath } from '../http/nul-guard';
import { ListField, ListSpec, MAX_PAGE_ROWS, SortOrder } from './list-spec';
import type { TextSearch } from './text-search';

/** A list request as react-admin's simple-REST client sends it, checked against a resource's whitelist. */
export interface ListQuery {
  sort: { field: string; column: string; order: SortOrder };
  /** Inclusive row numbers; without `range` the first 1000 rows. */
  range: { start: number; end: number };
  conditions: Condition[];
}

export type Condition =
  | { kind: 'any'; column: string; values: unknown[] }
  | { kind: 'overlap'; column: string; values: string[]; items: 'text' | 'uuid' }
  | { kind: 'gte' | 'lte'; column: string; value: unknown; type: ListField['type'] }
  | { kind: 'null'; column: string; isNull: boolean }
  | { kind: 'search'; search: TextSearch; text: string }
  /**
   * Added by the read policy (api/src/read-policy), never parsed from a request. `capped`: a condition whose exact
   * count is the cost (the caller's own records, a search through fields they read): counted as a searched list is.
   * `search`: the condition is what `q` became (the other capped ones are the caller's own records).
   */
  | { kind: 'sql'; sql: string; params: Record<string, unknown>; capped?: boolean; search?: boolean };

/** Thrown for a request the list layer refuses; `field` is the query parameter or filter key at fault. */
export class ListQueryError extends Error {
  constructor(
    readonly field: string,
    message: string,
    /** The error code (api/src/domain/messages) and its params; by default "this parameter is not valid". */
    readonly code = 'request.invalid_parameter',
    readonly params: Record<string, unknown> = { parameter: field },
  ) {
    super(message);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_SEARCH_LENGTH = 200;

function parseJson(name: string, raw: unknown): unknown {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string') throw new ListQueryError(name, `${name} must be JSON text`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ListQueryError(name, `${name} is not valid JSON`);
  }
  // PostgreSQL keeps no NUL in text; refused here, before any query starts.
  if (raw.includes('\\u') && unstorableTextPath(parsed, name))
    throw new ListQueryError(name, `${name} must be valid text (no NUL character, no broken Unicode)`);
  return parsed;
}

export function parseListQuery(params: Record<string, unknown>, spec: ListSpec): ListQuery {
  return {
    sort: parseSort(parseJson('sort', params.sort), spec),
    range: parseRange(parseJson('range', params.range)),
    conditions: parseFilter(parseJson('filter', params.filter), spec),
  };
}

function parseSort(sort: unknown, spec: ListSpec): ListQuery['sort'] {
  if (sort === undefined) {
    const { field, order } = spec.defaultSort;
    return { field, order, column: spec.fields[field].sortColumn ?? spec.fields[field].column };
  }
  if (!Array.isArray(sort) || sort.length !== 2 || typeof sort[0] !== 'string') {
    throw new ListQueryError('sort', 'sort must be ["field","ASC"] or ["field","DESC"]');
  }
  const [field, rawOrder] = sort as [string, unknown];
  const definition = Object.hasOwn(spec.fields, field) ? spec.fields[field] : undefined;
  if (!definition || definition.sortable === false) {
    throw new ListQueryError(field, `cannot sort ${spec.resource} by "${field}"`, 'list.cannot_sort', { field });
  }
  const order = typeof rawOrder === 'string' ? rawOrder.toUpperCase() : rawOrder;
  if (order !== 'ASC' && order !== 'DESC') throw new ListQueryError('sort', 'sort order must be ASC or DESC');
  return { field, column: definition.sortColumn ?? definition.column, order };
}

function parseRange(range: unknown): ListQuery['range'] {
  if (range === undefined) return { start: 0, end: MAX_PAGE_ROWS - 1 };
  if (!Array.isArray(range) || range.length !== 2 || !range.every((n) => Number.isSafeInteger(n) && n >= 0)) {
    throw new ListQueryError('range', 'range must be [first, last], two whole numbers from 0');
  }
  const [start, end] = range as [number, number];
  if (end < start) throw new ListQueryError('range', 'range must not end before it starts');
  if (end - start + 1 > MAX_PAGE_ROWS) {
    throw new ListQueryError(
      'range',
      `range asks for ${end - start + 1} rows; at most ${MAX_PAGE_ROWS} per request`,
      'list.range_too_wide',
      { rows: end - start + 1, max: MAX_PAGE_ROWS },
    );
  }
  return { start, end };
}

function parseFilter(filter: unknown, spec: ListSpec): Condition[] {
  if (filter === undefined) return [];
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) {
    throw new ListQueryError('filter', 'filter must be a JSON object');
  }
  const conditions: Condition[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (key === 'q') {
      const condition = parseSearch(value, spec);
      if (condition) conditions.push(condition);
      continue;
    }
    const bound = /^(.+)_(gte|lte)$/.exec(key);
    if (bound && filterable(spec, bound[1])) {
      conditions.push(parseBound(key, bound[1], bound[2] as 'gte' | 'lte', value, spec.fields[bound[1]]));
      continue;
    }
    if (!filterable(spec, key))
      throw new ListQueryError(key, `cannot filter ${spec.resource} by "${key}"`, 'list.cannot_filter', { field: key });
    conditions.push(parseEquality(key, value, spec.fields[key]));
  }
  return conditions;
}

function filterable(spec: ListSpec, field: string): boolean {
  return Object.hasOwn(spec.fields, field) && spec.fields[field].filterable !== false;
}

function parseSearch(value: unknown, spec: ListSpec): Condition | undefined {
  if (!spec.search) throw new ListQueryError('q', `${spec.resource} cannot be searched with q`);
  if (typeof value !== 'string') throw new ListQueryError('q', 'q must be text');
  const text = value.trim();
  if (text.length > MAX_SEARCH_LENGTH)
    throw new ListQueryError('q', `q is longer than ${MAX_SEARCH_LENGTH} characters`, 'list.search_too_long', {
      max: MAX_SEARCH_LENGTH,
    });
  return text ? { kind: 'search', search: spec.search, text } : undefined;
}

function parseBound(key: string, field: string, kind: 'gte' | 'lte', value: unknown, definition: ListField): Condition {
  if (!['number', 'integer', 'date', 'datetime'].includes(definition.type)) {
    throw new ListQueryError(key, `"${field}" is not a date or a number: ${key} is not allowed`);
  }
  return { kind, column: definition.column, value: scalar(key, value, definition), type: definition.type };
}

function parseEquality(key: string, value: unknown, definition: ListField): Condition {
  if (value === null) return { kind: 'null', column: definition.column, isNull: true };
  const values = Array.isArray(value) ? value : [value];
  if (definition.type === 'array') {
    const items = definition.items ?? 'text';
    const item = items === 'uuid' ? { ...definition, type: 'uuid' as const } : definition;
    return {
      kind: 'overlap',
      column: definition.column,
      values: values.map((v) => scalar(key, v, item) as string),
      items,
    };
  }
  return { kind: 'any', column: definition.column, values: values.map((v) => scalar(key, v, definition)) };
}

/** One filter value converted to what PostgreSQL expects, or a 400 naming the field. */
function scalar(key: string, value: unknown, definition: ListField): unknown {
  const refuse = (why: string): never => {
    throw new ListQueryError(key, `${key} ${why}`);
  };
  switch (definition.type) {
    case 'uuid':
      return typeof value === 'string' && UUID.test(value) ? value : refuse('must be a UUID');
    case 'enum':
    case 'array':
      if (typeof value !== 'string') return refuse('must be text');
      if (definition.values && !definition.values.includes(value)) {
        return refuse(`must be one of ${definition.values.join(', ')}`);
      }
      return value;
    case 'text':
      return typeof value === 'string' || typeof value === 'number' ? String(value) : refuse('must be text');
    case 'number':
    case 'integer': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isFinite(n)) return refuse('must be a number');
      return definition.type === 'integer' && !Number.isInteger(n) ? refuse('must be a whole number') : n;
    }
    case 'boolean':
      if (value === true || value === 'true') return true;
      if (value === false || value === 'false') return false;
      return refuse('must be true or false');
    case 'date':
      return typeof value === 'string' && DATE.test(value) && !Number.isNaN(Date.parse(value))
        ? value
        : refuse('must be a date (YYYY-MM-DD)');
    case 'datetime':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value))
        ? new Date(value).toISOString()
        : refuse('must be a date');
  }
}
