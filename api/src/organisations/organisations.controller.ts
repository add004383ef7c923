import { BadRequestException, Body, Controller, Delete, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Req, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { csvBody } from '../common/http/csv-body';
import { ImportReport, OrganisationImportService } from './import/organisation-import.service';
import { Roles } from '../common/auth/roles.decorator';
import { CurrentUser, SignedInUser } from '../common/auth/signed-in-user';
import { ResourceReads } from '../common/list/resource-reads';
import { CreateOrganisationDto, OrganisationRecord, TagOrganisationsDto, UpdateOrganisationDto } from './organisations.dto';
import { organisationsList } from './organisations.list';
import { OrganisationsService } from './organisations.service';
import { codedFields, fieldError } from '../common/errors/coded-error';

/** Who may write to the register: everyone but managers, who read. */
export const REGISTER_WRITERS = ['advisor', 'coordinator', 'admin'] as const;
export const IMPORT_LIMIT_BYTES = 50 * 1024 * 1024;

@ApiTags('organisations')
@ApiBearerAuth()
@Controller('organisations')
export class OrganisationsController extends ResourceReads<OrganisationRecord>(organisationsList) {
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
  @Roles(...REGISTER_WRITERS)
  create(@Body() dto: CreateOrganisationDto, @CurrentUser() user: SignedInUser): Promise<OrganisationRecord> {
    return this.organisations.create(dto, user);
  }

  /**
   * CSV import: the file as the body (text/csv) or as the `file` field of a form. A dry run unless
   * `?commit=true`; the answer reports every row (line, what would happen, why).
   */
  @Post('import')
  @HttpCode(200)
  @Roles(...REGISTER_WRITERS)
  @UseInterceptors(
    csvBody(IMPORT_LIMIT_BYTES),
    FileInterceptor('file', { limits: { fileSize: IMPORT_LIMIT_BYTES, files: 1, fields: 10, fieldSize: 64 * 1024, parts: 12, headerPairs: 100 } }),
  )
  @ApiConsumes('text/csv', 'multipart/form-data')
  @ApiBody({ description: 'UTF-8 (or Windows-1252) CSV, comma or semicolon, headers in English, French or Dutch' })
  @ApiQuery({ name: 'commit', required: false, enum: ['true', 'false'] })
  async import(
    @Req() req: Request,
    @UploadedFile() file: { buffer: Buffer } | undefined,
    @Query('commit') commit: string | undefined,
    @CurrentUser() user: SignedInUser,
  ): Promise<ImportReport> {
    if (commit !== undefined && !['true', 'false', '1', '0'].includes(commit)) {
      throw new BadRequestException(codedFields('validation.failed', { fields: ['commit'] }, { commit: fieldError('import.commit_yes_no') }));
    }
    const csv = file?.buffer ?? (Buffer.isBuffer(req.body) ? req.body : undefined);
    if (!csv?.length) {
      throw new BadRequestException(codedFields('validation.failed', { fields: ['file'] }, { file: fieldError('import.no_csv') }));
    }
    return this.importer.run(csv, commit === 'true' || commit === '1', user);
  }

  /** Bulk tagging from the list: `{ids, add, remove}`. */
  @Post('tags')
  @HttpCode(200)
  @Roles(...REGISTER_WRITERS)
  tag(@Body() dto: TagOrganisationsDto): Promise<{ updated: number }> {
    return this.organisations.tag(dto);
  }

  @Put(':id')
  @Roles(...REGISTER_WRITERS)
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateOrganisationDto): Promise<OrganisationRecord> {
    return this.organisations.update(id, dto);
  }

  /** Archives (advisor, coordinator) or deletes (admin, only with no journey attached). */
  @Delete(':id')
  @Roles(...REGISTER_WRITERS)
  remove(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: SignedInUser): Promise<OrganisationRecord> {
    return this.organisations.remove(id, user);
  }
}
