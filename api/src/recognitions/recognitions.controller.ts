import {
  Body,
  Controller,
  Delete,
  HttpCode,
  InternalServerErrorException,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/auth/roles.decorator';
import { CurrentUser, SignedInUser } from '../common/auth/signed-in-user';
import { ResourceReads } from '../common/list/resource-reads';
import { Jobs } from '../jobs/jobs';
import { DailyReport, RECOGNITIONS_DAILY } from './recognition-daily.job';
import { CreateRecognitionDto, MoveRecognitionDto, ObligationDoneDto, UpdateRecognitionDto } from './recognitions.dto';
import { recognitionsList } from './recognitions.list';
import { RecognitionRecord, RecognitionsService } from './recognitions.service';
import { RECORD_WRITERS } from '../domain/roles';

@ApiTags('recognitions')
@ApiBearerAuth()
@Controller('recognitions')
export class RecognitionsController extends ResourceReads<RecognitionRecord>(
  recognitionsList,
  ParseUUIDPipe,
  'recognitions',
) {
  constructor(
    private readonly recognitions: RecognitionsService,
    private readonly jobs: Jobs,
  ) {
    super();
  }

  protected get reader() {
    return this.recognitions;
  }

  /** Kept for existing clients: the same as `POST /api/jobs/recognitions-daily/run`, answering the day's report. */
  @Post('daily-job')
  @HttpCode(200)
  @Roles('admin')
  async runDaily(@CurrentUser() user: SignedInUser): Promise<DailyReport> {
    const run = await this.jobs.runNow(RECOGNITIONS_DAILY, user.id);
    if (run.state !== 'completed')
      throw new InternalServerErrorException({
        statusCode: 500,
        message: `The daily recognition work ${run.state}`,
        code: 'job.failed',
        params: { name: RECOGNITIONS_DAILY },
      });
    return run.output as DailyReport;
  }

  @Post()
  @Roles(...RECORD_WRITERS)
  create(@Body() dto: CreateRecognitionDto, @CurrentUser() user: SignedInUser): Promise<RecognitionRecord> {
    return this.recognitions.create(dto, user);
  }

  @Put(':id')
  @Roles(...RECORD_WRITERS)
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateRecognitionDto,
    @CurrentUser() user: SignedInUser,
  ): Promise<RecognitionRecord> {
    return this.recognitions.update(id, dto, user);
  }

  /** One step along the lifecycle, with a comment: 422 naming the allowed moves otherwise. */
  @Post(':id/move')
  @HttpCode(200)
  @Roles(...RECORD_WRITERS)
  move(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: MoveRecognitionDto,
    @CurrentUser() user: SignedInUser,
  ): Promise<RecognitionRecord> {
    return this.recognitions.move(id, dto, user);
  }

  /** A yearly obligation (activity report, a mandate's balance claim) marked done, or reopened. */
  @Post(':id/obligations')
  @HttpCode(200)
  @Roles(...RECORD_WRITERS)
  markObligation(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ObligationDoneDto,
    @CurrentUser() user: SignedInUser,
  ): Promise<RecognitionRecord> {
    return this.recognitions.markObligation(id, dto, user);
  }

  @Delete(':id')
  @Roles(...RECORD_WRITERS)
  remove(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: SignedInUser): Promise<RecognitionRecord> {
    return this.recognitions.remove(id, user);
  }
}
