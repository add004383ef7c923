import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import { applyDecorators } from '@nestjs/common';
import { parseListQuery } from './list-query';
import { ListSpec } from './list-spec';

/** Parses `sort`, `range` and `filter` against the resource's whitelist (400 naming the field otherwise). */
export const ListParams = createParamDecorator((spec: ListSpec, context: ExecutionContext) =>
  parseListQuery(context.switchToHttp().getRequest().query, spec),
);

/** Documents the simple-REST list parameters in the OpenAPI document. */
export function ApiListQuery(spec: ListSpec) {
  const fields = Object.keys(spec.fields).join(', ');
  return applyDecorators(
    ApiQuery({
      name: 'sort',
      required: false,
      description: `["field","ASC"|"DESC"]; fields: ${fields}`,
      example: `["${spec.defaultSort.field}","${spec.defaultSort.order}"]`,
    }),
    ApiQuery({
      name: 'range',
      required: false,
      description: 'inclusive [first,last], at most 1000 rows',
      example: '[0,24]',
    }),
    ApiQuery({
      name: 'filter',
      required: false,
      description: `JSON object; keys: ${fields}${spec.search ? ', q' : ''}, and field_gte / field_lte on dates and numbers; with q, or when the caller reads only their own records of this list, a total above 1000 is an estimate (also when a sample of the table already shows 3000 matches), flagged by the X-Total-Estimated: true header`,
      example: '{}',
    }),
  );
}
