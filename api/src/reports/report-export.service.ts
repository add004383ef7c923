import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type { Response } from 'express';
import ExcelJS from 'exceljs';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import QueryStream from 'pg-query-stream';
import { DataSource } from 'typeorm';
import { recordAudit } from '../audit/audit-trail';
import type { SignedInUser } from '../common/auth/signed-in-user';
import { csvLine, UTF8_BOM } from '../common/csv/csv-writer';
import { applyConditions } from '../common/list/list-page';
import { parseListQuery } from '../common/list/list-query';
import { REPORT_EXPORTS, ReportExport } from './report-exports';
import { coded } from '../common/errors/coded-error';

export type ExportFormat = 'csv' | 'xlsx';

/**
 * `GET /api/reports/{name}.{csv,xlsx}`: the rows a list shows (its `filter` and `sort`), every one,
 * streamed from a database cursor so memory stays flat however many rows there are.
 */
@Injectable()
export class ReportExportService {
  constructor(private readonly db: DataSource) {}

  definition(name: string, user: SignedInUser): ReportExport {
    const found = REPORT_EXPORTS.find((e) => e.name === name);
    if (!found) throw new NotFoundException(coded('report.unknown', { name, reports: REPORT_EXPORTS.map((e) => e.name) }));
    if (!found.roles.includes(user.role)) throw new ForbiddenException(coded('report.not_for_role', { name }));
    return found;
  }

  async stream(name: string, format: ExportFormat, params: Record<string, unknown>, user: SignedInUser, res: Response): Promise<void> {
    const report = this.definition(name, user);
    const query = parseListQuery({ filter: params.filter, sort: params.sort }, report.list);
    const qb = this.db.createQueryBuilder().from(report.table, report.alias);
    for (const [table, alias, on] of report.joins) qb.leftJoin(table, alias, on);
    report.columns.forEach((column, i) => (i === 0 ? qb.select(column.sql, `c${i}`) : qb.addSelect(column.sql, `c${i}`)));
    applyConditions(qb, query.conditions);
    if (user.role === 'advisor') qb.andWhere(report.advisorScope, { me: user.id });
    qb.orderBy(query.sort.column, query.sort.order).addOrderBy(`${report.alias}.id`, query.sort.order);
    const [sql, parameters] = qb.getQueryAndParameters();

    const runner = this.db.createQueryRunner('slave');
    const client = (await runner.connect()) as { query(stream: QueryStream): Readable };
    try {
      const cursor = client.query(new QueryStream(sql, parameters, { batchSize: 500 }))[Symbol.asyncIterator]();
      // The first batch is read before anything is sent: a failing query is still an ordinary error answer.
      const first = await cursor.next();
      async function* everyRow() {
        for (let next = first; !next.done; next = await cursor.next()) yield next.value as Record<string, unknown>;
      }
      await this.db.transaction((manager) =>
        recordAudit(manager, { userId: user.id, action: 'export', entity: name, changes: { format, filter: params.filter ?? null, personalData: !!report.personalData } }),
      );
      const fileName = `traject-${name}-${new Date().toISOString().slice(0, 10)}.${format}`;
      res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const values = (row: Record<string, unknown>) => report.columns.map((_, i) => row[`c${i}`]);
      if (format === 'csv') {
        res.write(UTF8_BOM + csvLine(report.columns.map((c) => c.header)));
        const toCsv = new Transform({ writableObjectMode: true, transform: (row, _, done) => done(null, csvLine(values(row))) });
        await pipeline(Readable.from(everyRow()), toCsv, res);
      } else {
        const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: false, useSharedStrings: false });
        const sheet = workbook.addWorksheet(name);
        sheet.addRow(report.columns.map((c) => c.header)).commit();
        for await (const row of everyRow()) sheet.addRow(values(row).map(xlsxValue)).commit();
        sheet.commit();
        await workbook.commit();
      }
    } finally {
      await runner.release();
    }
  }
}

/** Numbers stay numbers; everything else is written as text, as in the CSV. */
function xlsxValue(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value) && value.length < 15 && !/^0\d/.test(value)) return Number(value);
  return String(value);
}
