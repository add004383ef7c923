import {
  BadRequestException,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiQuery, ApiTags } from '@nestjs/swagger';
import { tmpdir } from 'node:os';
import { Roles } from '../common/auth/roles.decorator';
import { CurrentUser, SignedInUser } from '../common/auth/signed-in-user';
import type { KboEnterprise } from '../domain/kbo-enterprise';
import { KboChangeRecord, KboChangesService, OrganisationKboState } from './kbo-changes.service';
import { KboLoad, KboLoadsService } from './kbo-loads.service';
import { KboLookupService, KboNameMatch } from './kbo-lookup.service';
import { RECORD_WRITERS } from '../domain/roles';
import { codedFields, fieldError } from '../common/errors/coded-error';
import { ValidationFailed } from '../common/errors/validation-errors';

/** A national full extract is about 300 MB zipped. */
const KBO_UPLOAD_LIMIT_BYTES = 2 * 1024 * 1024 * 1024;

const language = (lang: string | undefined, user: SignedInUser) =>
  lang && ['fr', 'nl', 'en'].includes(lang) ? lang : (user.language ?? 'fr');

@ApiTags('kbo')
@ApiBearerAuth()
@Controller('kbo')
export class KboController {
  constructor(
    private readonly lookup: KboLookupService,
    private readonly loads: KboLoadsService,
    private readonly changes: KboChangesService,
  ) {}

  /** Enterprises whose name looks like `q` (accent- and legal-form-blind), best first. */
  @Get('enterprises')
  @ApiQuery({ name: 'q', required: true })
  search(@Query('q') q: string | undefined): Promise<KboNameMatch[]> {
    if (typeof q !== 'string') throw new ValidationFailed({ q: fieldError('validation.required') });
    return this.lookup.search(q);
  }

  /** One enterprise of the loaded extract, labels in the reader's language (`?lang=`, else theirs). */
  @Get('enterprises/:number')
  @ApiQuery({ name: 'lang', required: false, enum: ['fr', 'nl', 'en'] })
  enterprise(
    @Param('number') number: string,
    @Query('lang') lang: string | undefined,
    @CurrentUser() user: SignedInUser,
  ): Promise<KboEnterprise> {
    return this.lookup.enterprise(number, language(lang, user));
  }

  @Get('loads')
  @Roles('admin')
  listLoads(): Promise<KboLoad[]> {
    return this.loads.list();
  }

  @Get('loads/:id')
  @Roles('admin')
  getLoad(@Param('id', ParseUUIDPipe) id: string): Promise<KboLoad> {
    return this.loads.get(id);
  }

  /**
   * Uploads a full or update extract (the `file` field): checked at once (a readable zip, meta.csv,
   * the extract's place in the sequence: 409 when an update does not follow), then loaded by the job
   * queue (`kbo-load`); 202 with the load, whose progress `GET /api/kbo/loads/{id}` shows.
   */
  @Post('loads')
  @HttpCode(202)
  @Roles('admin')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    description: 'the KBO Open Data zip (KboOpenData_NNNN_YYYY_MM_Full.zip or _Update.zip) as the file field',
  })
  @UseInterceptors(
    FileInterceptor('file', {
      dest: tmpdir(),
      limits: {
        fileSize: KBO_UPLOAD_LIMIT_BYTES,
        files: 1,
        fields: 10,
        fieldSize: 64 * 1024,
        parts: 12,
        headerPairs: 100,
      },
    }),
  )
  upload(
    @UploadedFile() file: { path: string; originalname: string } | undefined,
    @CurrentUser() user: SignedInUser,
  ): Promise<KboLoad> {
    if (!file?.path) throw new BadRequestException(codedFields('kbo.no_file', {}, { file: fieldError('kbo.no_file') }));
    return this.loads.upload(file.path, file.originalname, user);
  }

  /** The organisations whose KBO data changed (after each load), with what changed. */
  @Get('changes')
  @ApiQuery({ name: 'loadId', required: false })
  @ApiQuery({ name: 'status', required: false, enum: ['open', 'applied', 'dismissed'] })
  listChanges(
    @Query('loadId') loadId: string | undefined,
    @Query('status') status: string | undefined,
  ): Promise<KboChangeRecord[]> {
    if (loadId !== undefined && !/^[0-9a-f-]{36}$/i.test(loadId))
      throw new ValidationFailed({ loadId: fieldError('validation.not_an_id') });
    if (status !== undefined && !['open', 'applied', 'dismissed'].includes(status)) {
      throw new ValidationFailed({
        status: fieldError('validation.one_of', { allowed: ['open', 'applied', 'dismissed'] }),
      });
    }
    return this.changes.list(loadId, status);
  }

  @Post('changes/:id/apply')
  @HttpCode(200)
  @Roles(...RECORD_WRITERS)
  apply(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: SignedInUser): Promise<KboChangeRecord> {
    return this.changes.apply(id, user);
  }

  @Post('changes/:id/dismiss')
  @HttpCode(200)
  @Roles(...RECORD_WRITERS)
  dismiss(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: SignedInUser): Promise<KboChangeRecord> {
    return this.changes.dismiss(id, user);
  }

  /** Organisations flagged by the KBO (stopped, bankrupt, in liquidation or reorganisation). */
  @Get('alerts')
  alerts(): Promise<{ organisationId: string; alert: string }[]> {
    return this.changes.alerts();
  }

  /** One organisation's KBO state: its alert and the open changes the "KBO changed" banner shows. */
  @Get('organisations/:id')
  organisation(@Param('id', ParseUUIDPipe) id: string): Promise<OrganisationKboState> {
    return this.changes.forOrganisation(id);
  }
}
