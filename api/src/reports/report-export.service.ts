import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type { Response } from 'express';
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import QueryStream from 'pg-query-stream';
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
import { columnSql, ExportColumn, REPORT_EXPORTS, ReportExport } from './report-exports';
import { coded } from '../common/errors/coded-error';

export type ExportFormat = 'csv' | 'xlsx';

/** How long an export's cursor may stay open (the pool's default is 30 s per statement). */
const EXPORT_STATEMENT_TIMEOUT = '10min';

/** CSV lines sent in one write (the cursor's batch). */
const CSV_LINES_PER_WRITE = 500;

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

  async stream(
    name: string,
    format: ExportFormat,
    params: Record<string, unknown>,
    user: SignedInUser,
    res: Response,
    how: ExportForm,
  ): Promise<void> {
    const report = this.definition(name, user);
    const columns = report.columns.filter((column) => !column.only || column.only === (how.codes ? 'codes' : 'words'));
    // The records and fields the caller reads (as in the lists), and of those the ones their export holds.
    const query = this.readPolicy.listQuery(
      report.name,
      report.list,
      parseListQuery({ filter: params.filter, sort: params.sort }, report.list),
      user,
    );
    const qb = this.db.createQueryBuilder().from(report.table, report.alias);
    for (const [table, alias, on] of report.joins) qb.leftJoin(table, alias, on);
    const dates = !how.codes && format === 'csv' ? 'belgian' : 'iso';
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

    const runner = this.db.createQueryRunner('slave');
    const client = (await runner.connect()) as { query(stream: QueryStream): Readable };
    // The cursor's statement lasts as long as the client takes to read the file: the pool's 30 s statement
    // timeout cut 50,000-row exports mid-stream on a loaded machine (bench, issue 20). Set back on release.
    try {
      await runner.query(`SET statement_timeout = '${EXPORT_STATEMENT_TIMEOUT}'`);
      const cursor = client.query(new QueryStream(sql, parameters, { batchSize: 500 }))[Symbol.asyncIterator]();
      // The first batch is read before anything is sent: a failing query is still an ordinary error answer.
      const first = await cursor.next();
      async function* everyRow() {
        for (let next = first; !next.done; next = await cursor.next()) yield next.value as Record<string, unknown>;
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
      const cell = { language, format };
      const values = (row: Record<string, unknown>) =>
        columns.map((column, i) => (codes ? row[`c${i}`] : cellInWords(row[`c${i}`], column.as, cell)));
      if (format === 'csv') {
        const separator = how.separator;
        // One write per cursor batch (500 lines), not one per row: 100 stream writes for 50,000 rows instead of
        // 50,000 (each row through an object-mode Transform was most of the time of a cold first export).
        async function* csvChunks() {
          let chunk = UTF8_BOM + csvLine(headers, separator);
          let lines = 0;
          for await (const row of everyRow()) {
            chunk += csvLine(values(row), separator);
            if (++lines % CSV_LINES_PER_WRITE === 0) {
              yield chunk;
              chunk = '';
            }
          }
          if (chunk) yield chunk;
        }
        await pipeline(Readable.from(csvChunks(), { objectMode: false }), res);
      } else {
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
        for await (const row of everyRow()) sheet.addRow(values(row).map(xlsxValue)).commit();
        sheet.commit();
        await workbook.commit();
      }
    } finally {
      await runner.query('RESET statement_timeout').catch(() => undefined);
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
