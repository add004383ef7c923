import { NotFoundException } from '@nestjs/common';
import { DataSource, EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { fetchPage, ListPage } from './list-page';
import type { ListQuery } from './list-query';

/** The reads a service of one entity answers: a list page and one record (404 unknown). */
export abstract class EntityReader<T extends ObjectLiteral & { id: string }> {
  protected constructor(
    protected readonly db: DataSource,
    private readonly entity: EntityTarget<T>,
    /** The alias its list spec's columns use. */
    private readonly alias: string,
    /** What the 404 calls it: "No case …". */
    private readonly noun: string,
  ) {}

  list(query: ListQuery): Promise<ListPage<T>> {
    return fetchPage(this.db.getRepository(this.entity).createQueryBuilder(this.alias), query, `${this.alias}.id`);
  }

  async get(id: string, manager: EntityManager = this.db.manager): Promise<T> {
    const found = await manager.findOne(this.entity, { where: { id } as FindOptionsWhere<T> });
    if (!found) throw new NotFoundException(`No ${this.noun} ${id}`);
    return found;
  }
}
