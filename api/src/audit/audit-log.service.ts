import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { fetchPage, ListPage } from '../common/list/list-page';
import type { ListQuery } from '../common/list/list-query';
import { ListSpec } from '../common/list/list-spec';
import { AuditEntry } from './audit-entry.entity';
import { assertOrganisationExists } from '../organisations/organisations.queries';

export const auditLogList: ListSpec = {
  resource: 'audit-log',
  fields: {
    id: { column: 'l.id', type: 'integer' },
    at: { column: 'l.at', type: 'datetime' },
    userId: { column: 'l.user_id', type: 'uuid' },
    action: { column: 'l.action', type: 'text' },
    entity: { column: 'l.entity', type: 'text' },
    entityId: { column: 'l.entity_id', type: 'text' },
  },
  defaultSort: { field: 'at', order: 'DESC' },
};

export interface AuditRecord {
  id: number;
  at: Date;
  userId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  changes: Record<string, unknown> | null;
}

const camel = (key: string) => key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** The trail as the API shows it: field names as the resources name them. */
function auditRecord(entry: AuditEntry): AuditRecord {
  const changes =
    entry.changes && Object.fromEntries(Object.entries(entry.changes).map(([key, value]) => [camel(key), value]));
  return {
    id: Number(entry.id),
    at: entry.at,
    userId: entry.userId,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    changes,
  };
}

@Injectable()
export class AuditLogService {
  constructor(private readonly db: DataSource) {}

  async list(query: ListQuery): Promise<ListPage<AuditRecord>> {
    const page = await fetchPage(this.db.getRepository(AuditEntry).createQueryBuilder('l'), query, 'l.id');
    return { ...page, rows: page.rows.map(auditRecord) };
  }

  async get(id: number): Promise<AuditRecord> {
    const entry = await this.db.getRepository(AuditEntry).findOne({ where: { id: String(id) } });
    if (!entry) throw new NotFoundException(`No audit entry ${id}`);
    return auditRecord(entry);
  }

  /** One organisation's field changes, newest first. */
  async organisationHistory(organisationId: string, query: ListQuery): Promise<ListPage<AuditRecord>> {
    await assertOrganisationExists(this.db.manager, organisationId, 'path');
    const qb = this.db
      .getRepository(AuditEntry)
      .createQueryBuilder('l')
      .where(`l.entity = 'organisations' AND l.entity_id = :id`, { id: organisationId });
    const page = await fetchPage(qb, query, 'l.id');
    return { ...page, rows: page.rows.map(auditRecord) };
  }
}
