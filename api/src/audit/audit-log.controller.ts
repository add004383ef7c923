import { Controller, Get, Param, ParseIntPipe, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../common/auth/roles.decorator';
import type { SignedInUser } from '../common/auth/signed-in-user';
import { setContentRange } from '../common/list/list-page';
import { ResourceReads } from '../common/list/resource-reads';
import { parseListQuery } from '../common/list/list-query';
import { auditLogList, AuditLogService, AuditRecord } from './audit-log.service';

/** The audit trail, read-only: no route changes or deletes it. Managers and admins. */
@ApiTags('audit-log')
@ApiBearerAuth()
@Controller('audit-log')
@Roles('manager', 'admin')
export class AuditLogController extends ResourceReads<AuditRecord, number>(auditLogList, ParseIntPipe) {
  constructor(private readonly audit: AuditLogService) {
    super();
  }

  protected get reader() {
    return this.audit;
  }

  /** A manager reads the trail, but not the personal fields the read policy keeps from them (a contact's e-mail, phone, notes). */
  protected override async readable(rows: AuditRecord[], user: SignedInUser): Promise<AuditRecord[]> {
    return rows.map((row) => ({ ...row, changes: this.readPolicy.auditChanges(user, row.entity, row.changes) }));
  }
}

/** The "history" panel of an organisation: its field changes, for everyone who reads the organisation. */
@ApiTags('organisations')
@ApiBearerAuth()
@Controller('organisations')
export class OrganisationHistoryController {
  constructor(private readonly audit: AuditLogService) {}

  @Get(':id/history')
  @ApiQuery({ name: 'range', required: false, example: '[0,24]' })
  async history(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() params: Record<string, unknown>,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AuditRecord[]> {
    const query = parseListQuery(
      { range: params.range ?? '[0,49]', sort: params.sort },
      { ...auditLogList, resource: 'history' },
    );
    const page = await this.audit.organisationHistory(id, query);
    setContentRange(res, 'history', query, page);
    return page.rows;
  }
}
