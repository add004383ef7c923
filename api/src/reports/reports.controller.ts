import { BadRequestException, Controller, ForbiddenException, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, SignedInUser } from '../common/auth/signed-in-user';
import { LANGUAGES, type Language } from '../domain';
import { RequesterLanguage } from '../common/i18n/requester-language';
import { type CsvSeparator, csvSeparatorFor } from '../common/csv/csv-writer';
import { OverviewService } from './overview.service';
import { ExportFormat, ReportExportService } from './report-export.service';
import { REPORT_EXPORTS } from './report-exports';
import { coded, codedFields, fieldError } from '../common/errors/coded-error';
import { ValidationFailed } from '../common/errors/validation-errors';
import { Expensive } from '../common/http/expensive-limit.guard';
import { OverviewQuery } from './overview-query.dto';

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
  @ApiOperation({
    summary: 'The manager dashboard figures',
    description:
      '`referrals.acceptanceRate` is accepted / answered: among the period’s referrals a partner answered (accepted or declined), ' +
      'the share accepted; referrals still waiting for an answer are not in it. `referrals.answered` and `referrals.accepted` give its parts; ' +
      '`completionRate` is completed / accepted.',
  })
  @Expensive()
  overview(@CurrentUser() user: SignedInUser, @Query() query: OverviewQuery) {
    const today = new Date().toISOString().slice(0, 10);
    const period = { from: query.from ?? `${today.slice(0, 4)}-01-01`, to: query.to ?? today };
    if (period.from > period.to) throw new ValidationFailed({ to: fieldError('report.period_order') });
    if (user.role === 'advisor' && query.advisorId && query.advisorId !== user.id)
      throw new ForbiddenException(coded('report.own_cases_only'));
    return this.overviews.overview({
      ...period,
      advisorId: user.role === 'advisor' ? user.id : (query.advisorId ?? null),
      sector: query.sector ?? null,
    });
  }

  /**
   * Streamed exports, filtered like the lists: `?filter={...}&sort=[...]`. In the requester's language
   * (`?lang=`, else the user's, else Accept-Language): headers in words, codes as labels, Belgian days,
   * `;` between CSV cells in French and Dutch. `?codes=true` gives the machine names, codes and ISO dates.
   */
  @Get(':file')
  @Expensive()
  @ApiParam({ name: 'file', description: `${REPORT_EXPORTS.map((e) => e.name).join(', ')} as .csv or .xlsx` })
  @ApiQuery({ name: 'filter', required: false })
  @ApiQuery({ name: 'sort', required: false })
  @ApiQuery({
    name: 'lang',
    required: false,
    enum: LANGUAGES,
    description: "the export's language (default: the user's)",
  })
  @ApiQuery({
    name: 'codes',
    required: false,
    enum: ['true', 'false'],
    description: 'true: machine names, codes and ISO dates, `,` between CSV cells (for scripts)',
  })
  @ApiQuery({
    name: 'sep',
    required: false,
    enum: [',', ';'],
    description: 'CSV separator; default `;` in French and Dutch, `,` in English and with codes=true',
  })
  async export(
    @Param('file') file: string,
    @Query() params: Record<string, unknown>,
    @CurrentUser() user: SignedInUser,
    @RequesterLanguage() language: Language,
    @Res() res: Response,
  ): Promise<void> {
    const match = /^([a-z-]+)\.(csv|xlsx)$/.exec(file);
    const errors: Record<string, ReturnType<typeof fieldError>> = {};
    if (!match) errors.file = fieldError('report.file_name');
    if (params.codes !== undefined && params.codes !== 'true' && params.codes !== 'false')
      errors.codes = fieldError('report.codes_flag');
    if (params.sep !== undefined && params.sep !== ',' && params.sep !== ';')
      errors.sep = fieldError('report.separator');
    if (!match || Object.keys(errors).length)
      throw new BadRequestException(codedFields('validation.failed', { fields: Object.keys(errors) }, errors));
    const codes = params.codes === 'true';
    const separator = (params.sep as CsvSeparator | undefined) ?? (codes ? ',' : csvSeparatorFor(language));
    await this.exports.stream(match[1], match[2] as ExportFormat, params, user, res, { language, codes, separator });
  }
}
