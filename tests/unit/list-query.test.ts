import { ListQueryError, parseListQuery } from '../../api/src/common/list/list-query';
import { ListSpec } from '../../api/src/common/list/list-spec';

const spec: ListSpec = {
  resource: 'things',
  fields: {
    id: { column: 't.id', type: 'uuid' },
    name: { column: 't.name', sortColumn: 'lower(t.name)', type: 'text' },
    kind: { column: 't.kind', type: 'enum', values: ['a', 'b'] },
    tags: { column: 't.tags', type: 'array' },
    size: { column: 't.size', type: 'integer' },
    score: { column: 't.score', type: 'number' },
    openedOn: { column: 't.opened_on', type: 'date' },
    createdAt: { column: 't.created_at', type: 'datetime' },
    archived: { column: 't.archived', type: 'boolean' },
    secret: { column: 't.secret', type: 'text', filterable: false, sortable: false },
  },
  search: 't.name',
  defaultSort: { field: 'name', order: 'ASC' },
};

const parse = (params: Record<string, unknown>) => parseListQuery(params, spec);
const refusal = (params: Record<string, unknown>): ListQueryError => {
  try {
    parse(params);
  } catch (error) {
    if (error instanceof ListQueryError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};
const UUID = '0b0e7c1e-5f7a-4b8e-9c1d-2a3b4c5d6e7f';

describe('the simple-REST list query', () => {
  it('defaults to the resource sort and the first 1000 rows', () => {
    expect(parse({})).toEqual({
      sort: { field: 'name', column: 'lower(t.name)', order: 'ASC' },
      range: { start: 0, end: 999 },
      conditions: [],
    });
  });

  it('reads sort both ways, case-blind on the order word', () => {
    expect(parse({ sort: '["size","DESC"]' }).sort).toEqual({ field: 'size', column: 't.size', order: 'DESC' });
    expect(parse({ sort: '["size","asc"]' }).sort.order).toBe('ASC');
  });

  it('reads an inclusive range', () => {
    expect(parse({ range: '[0,24]' }).range).toEqual({ start: 0, end: 24 });
    expect(parse({ range: '[25,1024]' }).range).toEqual({ start: 25, end: 1024 });
  });

  it('turns each filter operator into a condition', () => {
    const { conditions } = parse({
      filter: JSON.stringify({
        id: [UUID],
        kind: 'a',
        tags: ['x', 'y'],
        size_gte: 3,
        score_lte: '4.5',
        openedOn_gte: '2025-01-01',
        createdAt_lte: '2026-01-31',
        archived: 'false',
        name: null,
        q: '  coopérative ',
      }),
    });
    expect(conditions).toEqual([
      { kind: 'any', column: 't.id', values: [UUID] },
      { kind: 'any', column: 't.kind', values: ['a'] },
      { kind: 'overlap', column: 't.tags', values: ['x', 'y'], items: 'text' },
      { kind: 'gte', column: 't.size', value: 3, type: 'integer' },
      { kind: 'lte', column: 't.score', value: 4.5, type: 'number' },
      { kind: 'gte', column: 't.opened_on', value: '2025-01-01', type: 'date' },
      { kind: 'lte', column: 't.created_at', value: '2026-01-31T00:00:00.000Z', type: 'datetime' },
      { kind: 'any', column: 't.archived', values: [false] },
      { kind: 'null', column: 't.name', isNull: true },
      { kind: 'search', search: 't.name', text: 'coopérative' },
    ]);
  });

  it('ignores an empty search', () => {
    expect(parse({ filter: '{"q":"  "}' }).conditions).toEqual([]);
  });

  it.each([
    [{ sort: '["nope","ASC"]' }, 'nope'],
    [{ sort: '["secret","ASC"]' }, 'secret'],
    [{ sort: '["constructor","ASC"]' }, 'constructor'],
    [{ sort: '["name","UP"]' }, 'sort'],
    [{ sort: '"name"' }, 'sort'],
    [{ sort: '["name"' }, 'sort'],
    [{ range: '[0,1000]' }, 'range'],
    [{ range: '[10,5]' }, 'range'],
    [{ range: '[-1,5]' }, 'range'],
    [{ range: '[0.5,5]' }, 'range'],
    [{ range: '{"a":1}' }, 'range'],
    [{ filter: '[1,2]' }, 'filter'],
    [{ filter: '{"a":' }, 'filter'],
    [{ filter: { name: 'x' } }, 'filter'],
    [{ filter: '{"nope":1}' }, 'nope'],
    [{ filter: '{"__proto__":1}' }, '__proto__'],
    [{ filter: '{"secret":"x"}' }, 'secret'],
    [{ filter: '{"id":"not-a-uuid"}' }, 'id'],
    [{ filter: '{"kind":"c"}' }, 'kind'],
    [{ filter: '{"size":"many"}' }, 'size'],
    [{ filter: '{"size":1.5}' }, 'size'],
    [{ filter: '{"archived":"maybe"}' }, 'archived'],
    [{ filter: '{"openedOn_gte":"yesterday"}' }, 'openedOn_gte'],
    [{ filter: '{"name_gte":"a"}' }, 'name_gte'],
    [{ filter: '{"q":42}' }, 'q'],
    [{ filter: JSON.stringify({ q: 'x'.repeat(201) }) }, 'q'],
    [{ filter: '{"tags":[1]}' }, 'tags'],
  ])('refuses %j, naming %s', (params, field) => {
    expect(refusal(params).field).toBe(field);
  });

  it('refuses q on a resource with no search', () => {
    expect(() => parseListQuery({ filter: '{"q":"x"}' }, { ...spec, search: undefined })).toThrow(ListQueryError);
  });
});
