import { BadRequestException, Controller, ForbiddenException, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, SignedInUser } from '../common/auth/signed-in-user';
import { SECTORS } from '../domain/organisation-codes';
import { OverviewService } from './overview.service';
import { ExportFormat, ReportExportService } from './report-export.service';
import { REPORT_EXPORTS } from './report-exports';
import { coded, codedFields, fieldError } from '../common/errors/coded-error';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly overviews: OverviewService,
    private readonly exports: ReportExportService,
  ) {}

  /** The manager dashboard's figures. An advisor gets the same for their own cases only. A scope's figures are served again for a minute (`computedAt`). */
  @Get('overview')
  @ApiQuery({ name: 'from', required: false, description: 'YYYY-MM-DD, default 1 January of this year' })
  @ApiQuery({ name: 'to', required: false, description: 'YYYY-MM-DD, default today' })
  @ApiQuery({ name: 'advisorId', required: false })
  @ApiQuery({ name: 'sector', required: false, enum: SECTORS })
  overview(
    @CurrentUser() user: SignedInUser,
    @Query('from') from?: string,
    @Query('to') to?: string,
    @Query('advisorId') advisorId?: string,
    @Query('sector') sector?: string,
  ) {
    const today = new Date().toISOString().slice(0, 10);
    const errors: Record<string, string> = {};
    const period = { from: from ?? `${today.slice(0, 4)}-01-01`, to: to ?? today };
    if (!DAY.test(period.from) || Number.isNaN(Date.parse(period.from))) errors.from = 'from must be a date (YYYY-MM-DD)';
    if (!DAY.test(period.to) || Number.isNaN(Date.parse(period.to))) errors.to = 'to must be a date (YYYY-MM-DD)';
    if (!errors.from && !errors.to && period.from > period.to) errors.to = 'to must not be before from';
    if (advisorId !== undefined && !UUID.test(advisorId)) errors.advisorId = 'advisorId must be a user id';
    if (sector !== undefined && !(SECTORS as readonly string[]).includes(sector)) errors.sector = `sector must be one of ${SECTORS.join(', ')}`;
    if (Object.keys(errors).length) throw new BadRequestException({ message: `Invalid ${Object.keys(errors).join(', ')}`, errors });
    if (user.role === 'advisor' && advisorId && advisorId !== user.id) throw new ForbiddenException(coded('report.own_cases_only'));
    return this.overviews.overview({ ...period, advisorId: user.role === 'advisor' ? user.id : advisorId ?? null, sector: sector ?? null });
  }

  /** Streamed exports, filtered like the lists: `?filter={...}&sort=[...]`. */
  @Get(':file')
  @ApiParam({ name: 'file', description: `${REPORT_EXPORTS.map((e) => e.name).join(', ')} as .csv or .xlsx` })
  @ApiQuery({ name: 'filter', required: false })
  @ApiQuery({ name: 'sort', required: false })
  async export(@Param('file') file: string, @Query() params: Record<string, unknown>, @CurrentUser() user: SignedInUser, @Res() res: Response): Promise<void> {
    const match = /^([a-z-]+)\.(csv|xlsx)$/.exec(file);
    if (!match) throw new BadRequestException(codedFields('validation.failed', { fields: ['file'] }, { file: fieldError('report.file_name') }));
    await this.exports.stream(match[1], match[2] as ExportFormat, params, user, res);
  }
}
