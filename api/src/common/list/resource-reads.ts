import { Get, Inject, Param, ParseUUIDPipe, PipeTransform, Query, Res, Type } from '@nestjs/common';
import { ApiForbiddenResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Language } from '../../domain/i18n/language';
import type { ReadConcept } from '../../domain/read-policy';
import { RequesterLanguage } from '../i18n/requester-language';
import { ReadPolicy } from '../read-policy/read-policy';
import { CurrentUser, SignedInUser } from '../auth/signed-in-user';
import { ListPage, setContentRange } from './list-page';
import { ApiListQuery, ListParams } from './list-params.decorator';
import type { ListQuery } from './list-query';
import { ListSpec } from './list-spec';

interface ResourceReader<T, Id = string> {
  list(query: ListQuery): Promise<ListPage<T>>;
  get(id: Id): Promise<T>;
}

/**
 * The two reads every simple-REST resource answers the same way, written once:
 * `GET /{resource}` (a page with Content-Range) and `GET /{resource}/{id}` (404 unknown, 400 malformed).
 * A controller extends `ResourceReads(spec)` and says which service reads; ids are UUIDs unless another pipe is given.
 * With a `concept`, both reads go through the read policy (api/src/read-policy): scoped, projected, bulk reads audited.
 */
export function ResourceReads<T, Id = string>(
  spec: ListSpec,
  idPipe: Type<PipeTransform> = ParseUUIDPipe,
  concept?: ReadConcept,
) {
  abstract class Reads {
    @Inject(ReadPolicy) protected readonly readPolicy!: ReadPolicy;

    protected abstract get reader(): ResourceReader<T, Id>;

    /** What the caller may read of records of a resource without a read-policy concept (the audit trail's override). */
    protected async readable(rows: T[], _user: SignedInUser): Promise<T[]> {
      return rows;
    }

    @Get()
    @ApiListQuery(spec)
    async list(
      @ListParams(spec) query: ListQuery,
      @Query() raw: Record<string, unknown>,
      @CurrentUser() user: SignedInUser,
      @Res({ passthrough: true }) res: Response,
      @RequesterLanguage() language: Language,
    ): Promise<T[]> {
      if (!concept) {
        const page = await this.reader.list(query);
        setContentRange(res, spec.resource, query, page);
        return this.readable(page.rows, user);
      }
      const page = await this.reader.list(this.readPolicy.listQuery(concept, spec, query, user));
      setContentRange(res, spec.resource, query, page);
      return (await this.readPolicy.page(
        concept,
        user,
        page.rows as Array<T & { id: string }>,
        query,
        raw,
        language,
      )) as T[];
    }

    @Get(':id')
    @(concept
      ? ApiForbiddenResponse({
          description: 'read.not_yours: outside the records the read policy lets the caller read',
        })
      : () => undefined)
    async get(
      @Param('id', idPipe) id: Id,
      @CurrentUser() user: SignedInUser,
      @RequesterLanguage() language: Language,
    ): Promise<T> {
      const record = await this.reader.get(id);
      if (concept) return (await this.readPolicy.record(concept, user, record as T & { id: string }, language)) as T;
      return (await this.readable([record], user))[0];
    }
  }
  return Reads;
}
