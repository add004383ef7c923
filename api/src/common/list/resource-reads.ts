import { Get, Param, ParseUUIDPipe, PipeTransform, Res, Type } from '@nestjs/common';
import type { Response } from 'express';
import { ListPage, setContentRange } from './list-page';
import { ApiListQuery, ListParams } from './list-params.decorator';
import type { ListQuery } from './list-query';
import { ListSpec } from './list-spec';

export interface ResourceReader<T, Id = string> {
  list(query: ListQuery): Promise<ListPage<T>>;
  get(id: Id): Promise<T>;
}

/**
 * The two reads every simple-REST resource answers the same way, written once:
 * `GET /{resource}` (a page with Content-Range) and `GET /{resource}/{id}` (404 unknown, 400 malformed).
 * A controller extends `ResourceReads(spec)` and says which service reads; ids are UUIDs unless another pipe is given.
 */
export function ResourceReads<T, Id = string>(spec: ListSpec, idPipe: Type<PipeTransform> = ParseUUIDPipe) {
  abstract class Reads {
    protected abstract get reader(): ResourceReader<T, Id>;

    @Get()
    @ApiListQuery(spec)
    async list(@ListParams(spec) query: ListQuery, @Res({ passthrough: true }) res: Response): Promise<T[]> {
      const page = await this.reader.list(query);
      setContentRange(res, spec.resource, query, page);
      return page.rows;
    }

    @Get(':id')
    get(@Param('id', idPipe) id: Id): Promise<T> {
      return this.reader.get(id);
    }
  }
  return Reads;
}
