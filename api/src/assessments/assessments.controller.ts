import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/auth/roles.decorator';
import { CurrentUser, SignedInUser } from '../common/auth/signed-in-user';
import { ResourceReads } from '../common/list/resource-reads';
import { Assessment } from './assessment.entity';
import { CreateAssessmentDto, ReviewAssessmentDto, UpdateAssessmentDto } from './assessments.dto';
import { assessmentsList } from './assessments.list';
import { AssessmentsService } from './assessments.service';
import { INDICATORS } from '../domain/emes';
import { EMES_GUIDANCE, PILLAR_TITLES } from '../domain/emes-guidance';
import { RECORD_WRITERS } from '../domain/roles';

@ApiTags('assessments')
@ApiBearerAuth()
@Controller('assessments')
export class AssessmentsController extends ResourceReads<Assessment>(assessmentsList, ParseUUIDPipe, 'assessments') {
  constructor(private readonly assessments: AssessmentsService) {
    super();
  }

  protected get reader() {
    return this.assessments;
  }

  @Post()
  @Roles(...RECORD_WRITERS)
  create(@Body() dto: CreateAssessmentDto, @CurrentUser() user: SignedInUser): Promise<Assessment> {
    return this.assessments.create(dto, user);
  }

  @Put(':id')
  @Roles(...RECORD_WRITERS)
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateAssessmentDto,
    @CurrentUser() user: SignedInUser,
  ): Promise<Assessment> {
    return this.assessments.update(id, dto, user);
  }

  @Post(':id/finalise')
  @HttpCode(200)
  @Roles(...RECORD_WRITERS)
  finalise(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: SignedInUser): Promise<Assessment> {
    return this.assessments.finalise(id, user);
  }

  /** A coordinator's review of a final assessment: `{decision: agree|return, comment}`. */
  @Post(':id/review')
  @HttpCode(200)
  @Roles('coordinator', 'admin')
  review(@Param('id', ParseUUIDPipe) id: string, @Body() dto: ReviewAssessmentDto, @CurrentUser() user: SignedInUser) {
    return this.assessments.review(id, dto, user);
  }
}

/** The ten indicators with their pillar and guidance in French, Dutch and English (registered before `:id`). */
@ApiTags('assessments')
@ApiBearerAuth()
@Controller('assessments/indicators')
export class EmesIndicatorsController {
  @Get()
  indicators() {
    return {
      pillars: PILLAR_TITLES,
      indicators: INDICATORS.map(({ code, pillar }) => ({ code, pillar, guidance: EMES_GUIDANCE[code] })),
    };
  }
}

@ApiTags('assessments')
@ApiBearerAuth()
@Controller('organisations')
export class AssessmentComparisonController {
  constructor(private readonly assessments: AssessmentsService) {}

  /** How each indicator, pillar and the verdict moved between two assessments (default: the two latest). */
  @Get(':id/assessments/compare')
  @ApiQuery({ name: 'from', required: false, description: 'assessment id (default: the one before the latest)' })
  @ApiQuery({ name: 'to', required: false, description: 'assessment id (default: the latest)' })
  compare(@Param('id', ParseUUIDPipe) id: string, @Query('from') from?: string, @Query('to') to?: string) {
    return this.assessments.compare(id, from, to);
  }
}
