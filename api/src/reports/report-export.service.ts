import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type { Response } from 'express';
import type ExcelJSModule from 'exceljs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import { recordAudit } from '../audit/audit-trail';
import type { SignedInUser } from '../common/auth/signed-in-user';
import { csvLine, type CsvSeparator, UTF8_BOM } from '../common/csv/csv-writer';
import { exportHeader, exportName, type Language } from '../domain';
import { cellInWords, xlsxNumberFormat, xlsxWidth } from './export-cells';
import { applyConditions } from '../common/list/list-page';
import { parseListQuery } from '../common/list/list-query';
import { PERSONAL_CONCEPTS, readRule } from '../domain/read-policy';
import { ReadPolicy } from '../common/read-policy/read-policy';
import { csvLineWriter } from './csv-line-writer';
import { columnSql, ExportColumn, REPORT_EXPORTS, ReportExport } from './report-exports';
import { coded } from '../common/errors/coded-error';

export type ExportFormat = 'csv' | 'xlsx';

/** Rows read from the export's cursor at a time (and CSV lines sent in one write). */
const ROWS_PER_FETCH = 500;

/**
 * How an export speaks: in words in the requester's language (headers, codes as labels, Belgian days),
 * or `codes` (machine names and codes, ISO dates: what scripts read); its CSV separator.
 */
interface ExportForm {
  language: Language;
  codes: boolean;
  separator: CsvSeparator;
}

/**
 * `GET /api/reports/{name}.{csv,xlsx}`: the rows a list shows (its `filter` and `sort`), every one,
 * streamed from a database cursor so memory stays flat however many rows there are.
 */
@Injectable()
export class ReportExportService {
  constructor(
    private readonly db: DataSource,
    private readonly readPolicy: ReadPolicy,
  ) {}

  definition(name: string, user: SignedInUser): ReportExport {
    const found = REPORT_EXPORTS.find((e) => e.name === name);
    if (!found)
      throw new NotFoundException(coded('report.unknown', { name, reports: REPORT_EXPORTS.map((e) => e.name) }));
    if (readRule(user.role, found.name).export === 'none')
      throw new ForbiddenException(coded('report.not_for_role', { name }));
    return found;
  }

  /**
   * The rows of an export (its columns as `c0`, `c1`…): the records and fields the caller reads (as in the lists),
   * and of those the ones their export holds, in the list's order.
   */
  exportQuery(
    report: ReportExport,
    format: ExportFormat,
    params: Record<string, unknown>,
    user: SignedInUser,
    codes: boolean,
  ): { columns: ExportColumn[]; sql: string; parameters: unknown[] } {
    const columns = report.columns.filter((column) => !column.only || column.only === (codes ? 'codes' : 'words'));
    const query = this.readPolicy.listQuery(
      report.name,
      report.list,
      parseListQuery({ filter: params.filter, sort: params.sort }, report.list),
      user,
    );
    const qb = this.db.createQueryBuilder().from(report.table, report.alias);
    for (const [table, alias, on] of report.joins) qb.leftJoin(table, alias, on);
    const dates = !codes && format === 'csv' ? 'belgian' : 'iso';
    const projected = (column: ExportColumn) =>
      this.readPolicy.projectedColumn(report.name, user, report.alias, column.header, columnSql(column, dates));
    columns.forEach((column, i) =>
      i === 0 ? qb.select(projected(column), `c${i}`) : qb.addSelect(projected(column), `c${i}`),
    );
    applyConditions(qb, query.conditions);
    const exported = this.readPolicy.recordsCondition(report.name, user, report.alias, 'export');
    if (exported) qb.andWhere(exported);
    qb.orderBy(query.sort.column, query.sort.order).addOrderBy(`${report.alias}.id`, query.sort.order);
    const [sql, parameters] = qb.getQueryAndParameters();
    return { columns, sql, parameters };
  }

  async stream(
    name: string,
    format: ExportFormat,
    params: Record<string, unknown>,
    user: SignedInUser,
    res: Response,
    how: ExportForm,
  ): Promise<void> {
    const report = this.definition(name, user);
    const { columns, sql, parameters } = this.exportQuery(report, format, params, user, how.codes);

    const runner = this.db.createQueryRunner('slave');
    const client = (await runner.connect()) as PoolClient;
    let done = false;
    try {
      // A cursor declared in SQL is planned for its first rows (cursor_tuple_fraction): the organisations in name order
      // are read along organisations_name_idx and the first lines leave at once, where the protocol's portal
      // (pg-query-stream) sorted all 50,000 rows on disk before the first one (issue 20). Each FETCH is a statement
      // of its own: the pool's 30 s statement timeout no longer runs for the whole download.
      await client.query('BEGIN READ ONLY');
      // Rows are read as arrays, in the columns' order (TypeORM writes an entity's own columns first).
      const cells = columns.map((_, i) => `r."c${i}"`).join(', ');
      await client.query(`DECLARE export_rows NO SCROLL CURSOR FOR SELECT ${cells} FROM (${sql}) AS r`, parameters);
      const fetch = () =>
        client
          .query<unknown[]>({ text: `FETCH ${ROWS_PER_FETCH} FROM export_rows`, rowMode: 'array' })
          .then((result) => result.rows);
      // The first batch is read before anything is sent: a failing query is still an ordinary error answer.
      const first = await fetch();
      // The next batch is asked for before this one is written: the database reads while Node writes.
      async function* everyBatch() {
        let next: Promise<unknown[][]> | null = first.length === ROWS_PER_FETCH ? fetch() : null;
        try {
          for (let rows = first; rows.length;) {
            yield rows;
            if (!next) break;
            rows = await next;
            next = rows.length === ROWS_PER_FETCH ? fetch() : null;
          }
        } finally {
          await next?.catch(() => undefined);
        }
      }
      await this.db.transaction((manager) =>
        recordAudit(manager, {
          userId: user.id,
          action: 'export',
          entity: name,
          changes: {
            format,
            filter: params.filter ?? null,
            personalData: PERSONAL_CONCEPTS.includes(report.name),
            codes: how.codes,
            language: how.codes ? null : how.language,
          },
        }),
      );
      const { language, codes } = how;
      const title = codes ? name : exportName(name, language);
      const fileName = `traject-${title}-${new Date().toISOString().slice(0, 10)}.${format}`;
      res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
      res.setHeader('Content-Language', codes ? 'en' : language);
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader(
        'Content-Type',
        format === 'csv'
          ? 'text/csv; charset=utf-8'
          : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      const headers = columns.map((c) => (codes ? c.header : exportHeader(c.header, language)));
      if (format === 'csv') {
        // Each line written by a writer made once for the export's columns; one write per batch of rows.
        const line = csvLineWriter(columns, how);
        async function* csvChunks() {
          yield UTF8_BOM + csvLine(headers, how.separator);
          for await (const rows of everyBatch()) yield rows.map(line).join('');
        }
        await pipeline(Readable.from(csvChunks(), { objectMode: false }), res);
      } else {
        // Loaded with the first XLSX: about 20 MB (exceljs and its zip and stream libraries) an API need not hold
        // before (issue 13's RSS budget for the KBO load).
        const ExcelJS: typeof ExcelJSModule = (await import('exceljs')).default;
        const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
          stream: res,
          useStyles: true,
          useSharedStrings: false,
        });
        // The header row stays in view while scrolling; each column as wide as its words, days as days.
        const sheet = workbook.addWorksheet(title, { views: [{ state: 'frozen', ySplit: 1 }] });
        sheet.columns = columns.map((column, i) => ({
          key: `c${i}`,
          width: xlsxWidth(headers[i], column.as, !!column.long),
          style: codes ? {} : { numFmt: xlsxNumberFormat(column.as) },
        }));
        const header = sheet.addRow(headers);
        header.font = { bold: true };
        header.commit();
        const cell = { language, format };
        const values = (row: unknown[]) =>
          columns.map((column, i) => (codes ? row[i] : cellInWords(row[i], column.as, cell)));
        for await (const rows of everyBatch())
          for (const row of rows) sheet.addRow(values(row).map(xlsxValue)).commit();
        sheet.commit();
        await workbook.commit();
      }
      done = true;
    } finally {
      await client.query(done ? 'COMMIT' : 'ROLLBACK').catch(() => undefined);
      await runner.release();
    }
  }
}

/** Numbers stay numbers, days and moments real dates; everything else is written as text, as in the CSV. */
function xlsxValue(value: unknown): string | number | boolean | Date | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value) && value.length < 15 && !/^0\d/.test(value))
    return Number(value);
  return String(value);
}
