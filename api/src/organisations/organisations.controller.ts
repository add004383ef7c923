import {
  BadRequestException,
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  Req,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Language } from '../domain/i18n/language';
import { RequesterLanguage } from '../common/i18n/requester-language';
import { chosenColumns } from './import/import-columns';
import { importReportCsv } from './import/import-report-csv';
import { importTemplateCsv } from './import/import-template';
import { exportName } from '../domain/messages/exports';
import { csvBody } from '../common/http/csv-body';
import { ImportReport, OrganisationImportService } from './import/organisation-import.service';
import { Roles } from '../common/auth/roles.decorator';
import { CurrentUser, SignedInUser } from '../common/auth/signed-in-user';
import { ResourceReads } from '../common/list/resource-reads';
import {
  CreateOrganisationDto,
  OrganisationRecord,
  TagOrganisationsDto,
  UpdateOrganisationDto,
} from './organisations.dto';
import { organisationsList } from './organisations.list';
import { OrganisationsService } from './organisations.service';
import { codedFields, fieldError } from '../common/errors/coded-error';
import { Expensive } from '../common/http/expensive-limit.guard';
import { RECORD_WRITERS } from '../domain/roles';

/** The most any import may read (IMPORT_MAX_MB, at most 50, is checked below it). */
const IMPORT_LIMIT_BYTES = 50 * 1024 * 1024;

@ApiTags('organisations')
@ApiBearerAuth()
@Controller('organisations')
export class OrganisationsController extends ResourceReads<OrganisationRecord>(
  organisationsList,
  ParseUUIDPipe,
  'organisations',
) {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly importer: OrganisationImportService,
  ) {
    super();
  }

  protected get reader() {
    return this.organisations;
  }

  @Post()
  @Roles(...RECORD_WRITERS)
  create(@Body() dto: CreateOrganisationDto, @CurrentUser() user: SignedInUser): Promise<OrganisationRecord> {
    return this.organisations.create(dto, user);
  }

  /**
   * CSV import: the file as the body (text/csv) or as the `file` field of a form. A dry run unless
   * `?commit=true`; the answer counts what would happen and reports the rows (every row of a small file,
   * the rows needing attention of a large one); `?report=csv` answers the full report as a CSV instead.
   */
  @Post('import')
  @HttpCode(200)
  @Roles(...RECORD_WRITERS)
  @Expensive()
  @UseInterceptors(
    csvBody(IMPORT_LIMIT_BYTES),
    FileInterceptor('file', {
      limits: { fileSize: IMPORT_LIMIT_BYTES, files: 1, fields: 10, fieldSize: 64 * 1024, parts: 12, headerPairs: 100 },
    }),
  )
  @ApiConsumes('text/csv', 'multipart/form-data')
  @ApiBody({ description: 'UTF-8 (or Windows-1252) CSV, comma or semicolon, headers in English, French or Dutch' })
  @ApiQuery({ name: 'commit', required: false, enum: ['true', 'false'] })
  @ApiQuery({ name: 'report', required: false, enum: ['csv'], description: 'the full report, every row, as a CSV' })
  @ApiQuery({
    name: 'columns',
    required: false,
    description:
      'JSON object giving a field to headers the import did not recognise (its `ignoredColumns`), ' +
      'e.g. {"Raison sociale":"name"}; the fields are those of the import template',
  })
  async import(
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
    @UploadedFile() file: { buffer: Buffer } | undefined,
    @Query('commit') commit: string | undefined,
    @Query('report') report: string | undefined,
    @Query('columns') columns: unknown,
    @CurrentUser() user: SignedInUser,
    @RequesterLanguage() language: Language,
  ): Promise<ImportReport | string> {
    const chosen = chosenColumns(columns);
    if (report !== undefined && report !== 'csv') {
      throw new BadRequestException(
        codedFields(
          'validation.failed',
          { fields: ['report'] },
          { report: fieldError('validation.one_of', { allowed: ['csv'] }) },
        ),
      );
    }
    if (commit !== undefined && !['true', 'false', '1', '0'].includes(commit)) {
      throw new BadRequestException(
        codedFields('validation.failed', { fields: ['commit'] }, { commit: fieldError('import.commit_yes_no') }),
      );
    }
    const csv = file?.buffer ?? (Buffer.isBuffer(req.body) ? req.body : undefined);
    if (!csv?.length) {
      throw new BadRequestException(
        codedFields('validation.failed', { fields: ['file'] }, { file: fieldError('import.no_csv') }),
      );
    }
    const run = await this.importer.run(csv, commit === 'true' || commit === '1', user, language, chosen);
    if (report !== 'csv') return run.report;
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="import-report.csv"');
    return importReportCsv(run.all, language);
  }

  /** The import template: the header line of every importable field, in the requester's language. */
  @Get('import/template')
  @Roles(...RECORD_WRITERS)
  @ApiProduces('text/csv')
  template(@RequesterLanguage() language: Language, @Res({ passthrough: true }) res: Response): string {
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${exportName('organisations', language)}-import.csv"`);
    return importTemplateCsv(language);
  }

  /** Bulk tagging from the list: `{ids, add, remove}`. */
  @Post('tags')
  @HttpCode(200)
  @Roles(...RECORD_WRITERS)
  tag(@Body() dto: TagOrganisationsDto): Promise<{ updated: number }> {
    return this.organisations.tag(dto);
  }

  @Put(':id')
  @Roles(...RECORD_WRITERS)
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateOrganisationDto): Promise<OrganisationRecord> {
    return this.organisations.update(id, dto);
  }

  /** Archives (advisor, coordinator) or deletes (admin, only with no journey attached). */
  @Delete(':id')
  @Roles(...RECORD_WRITERS)
  remove(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: SignedInUser): Promise<OrganisationRecord> {
    return this.organisations.remove(id, user);
  }
}
