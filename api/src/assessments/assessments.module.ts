import { Module } from '@nestjs/common';
import {
  AssessmentComparisonController,
  AssessmentsController,
  EmesIndicatorsController,
} from './assessments.controller';
import { AssessmentsService } from './assessments.service';

@Module({
  controllers: [EmesIndicatorsController, AssessmentComparisonController, AssessmentsController],
  providers: [AssessmentsService],
})
export class AssessmentsModule {}
