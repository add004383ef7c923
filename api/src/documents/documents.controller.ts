import {
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
} from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Roles } from '../common/auth/roles.decorator';
import { CurrentUser, SignedInUser } from '../common/auth/signed-in-user';
import { ValidationFailed } from '../common/errors/validation-errors';
import { setContentRange } from '../common/list/list-page';
import { ApiListQuery, ListParams } from '../common/list/list-params.decorator';
import type { ListQuery } from '../common/list/list-query';
import { Inject } from '@nestjs/common';
import { Document } from './document.entity';
import { sendVersion } from './document-download';
import { DOCUMENT_STORE, DocumentStore } from './document-store';
import { UpdateDocumentDto, UploadDocumentForm } from './documents.dto';
import { documentsList } from './documents.list';
import { DocumentRecord, DocumentsService } from './documents.service';

const WRITERS = ['advisor', 'coordinator', 'admin'] as const;

/**
 * Everyone who reads an organisation reads its documents; the advisor of its open case, coordinators
 * and admins add, replace and delete them; admins restore a deleted one.
 */
@ApiTags('documents')
@ApiBearerAuth()
@Controller('documents')
export class DocumentsController {
  constructor(
    private readonly documents: DocumentsService,
    @Inject(DOCUMENT_STORE) private readonly store: DocumentStore,
  ) {}

  @Get()
  @ApiListQuery(documentsList)
  async list(
    @ListParams(documentsList) query: ListQuery,
    @CurrentUser() user: SignedInUser,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Document[]> {
    const page = await this.documents.list(query, user);
    setContentRange(res, documentsList.resource, query, page);
    return page.rows;
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: SignedInUser): Promise<DocumentRecord> {
    return this.documents.get(id, user);
  }

  /** The bytes of the current version (or `version`), whole or one `Range`; `inline=true` previews a PDF or an image. */
  @Get(':id/content')
  @ApiProduces('application/octet-stream')
  @ApiQuery({ name: 'version', required: false, type: Number })
  @ApiQuery({ name: 'inline', required: false, type: Boolean })
  async content(
    @Param('id', ParseUUIDPipe) id: string,
    @Query('version') version: string | undefined,
    @Query('inline') inline: string | undefined,
    @CurrentUser() user: SignedInUser,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    if (version !== undefined && !/^[1-9]\d{0,5}$/.test(version))
      throw new ValidationFailed({ version: 'version must be a version number (1, 2, …)' });
    await this.documents.get(id, user);
    const stored = await this.documents.version(id, version === undefined ? undefined : Number(version));
    await sendVersion(req, res, this.store, stored, inline === 'true' || inline === '1');
  }

  /** multipart/form-data: the fields first, then `file`. 413 over DOCUMENT_MAX_MB, 415 for a type off the allowlist. */
  @Post()
  @Roles(...WRITERS)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadDocumentForm })
  async upload(
    @CurrentUser() user: SignedInUser,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<DocumentRecord> {
    return this.documents.upload(req, res, user);
  }

  /** A new version of the document (multipart/form-data, `file` only); the earlier ones stay listed under it. */
  @Post(':id/versions')
  @Roles(...WRITERS)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  addVersion(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: SignedInUser,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<DocumentRecord> {
    return this.documents.addVersion(id, req, res, user);
  }

  @Put(':id')
  @Roles(...WRITERS)
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateDocumentDto,
    @CurrentUser() user: SignedInUser,
  ): Promise<DocumentRecord> {
    return this.documents.update(id, dto, user);
  }

  /** Soft: restorable by an admin for 30 days. */
  @Delete(':id')
  @Roles(...WRITERS)
  remove(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: SignedInUser): Promise<DocumentRecord> {
    return this.documents.remove(id, user);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @Roles('admin')
  restore(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: SignedInUser): Promise<DocumentRecord> {
    return this.documents.restore(id, user);
  }
}
