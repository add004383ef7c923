import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { BlankToNull, IsDay, IsOmittable, IsReadVersion, Trimmed } from '../common/http/field-rules';
import { EchoedRecord, ReadOnly } from '../common/http/read-only-fields';
import { CASE_PRIORITIES, CASE_STAGES, CASE_STATUSES, CasePriority, CaseStage, CaseStatus } from '../domain/case-rules';

class CaseFields extends EchoedRecord {
  @ReadOnly() closedOn?: unknown;
  @ReadOnly() createdById?: unknown;
  @ApiPropertyOptional({ enum: CASE_STAGES })
  @IsOmittable()
  @IsIn(CASE_STAGES, { message: `stage must be one of ${CASE_STAGES.join(', ')}` })
  stage?: CaseStage;
  @ApiPropertyOptional({ enum: CASE_STATUSES })
  @IsOmittable()
  @IsIn(CASE_STATUSES, { message: `status must be one of ${CASE_STATUSES.join(', ')}` })
  status?: CaseStatus;
  @ApiPropertyOptional()
  @IsOptional()
  @BlankToNull()
  @IsUUID('all', { message: 'advisorId must be the id of a user' })
  advisorId?: string | null;
  @ApiPropertyOptional()
  @IsOptional()
  @BlankToNull()
  @IsUUID('all', { message: 'coordinatorId must be the id of a user' })
  coordinatorId?: string | null;
  @ApiPropertyOptional({ enum: CASE_PRIORITIES })
  @IsOmittable()
  @IsIn(CASE_PRIORITIES, { message: 'priority must be low, normal or high' })
  priority?: CasePriority;
  @ApiPropertyOptional() @IsOmittable() @IsDay('openedOn') openedOn?: string;
  @ApiPropertyOptional() @IsOptional() @BlankToNull() @IsString() @MaxLength(2000) closeReason?: string | null;
  @ApiPropertyOptional() @IsOptional() @BlankToNull() @IsDay('nextActionOn') nextActionOn?: string | null;
  @ApiPropertyOptional() @IsOptional() @BlankToNull() @IsString() @MaxLength(10000) summary?: string | null;
}

export class OpenCaseDto extends CaseFields {
  @ReadOnly() version?: unknown;
  @ApiProperty() @IsUUID('all', { message: 'organisationId must be the id of an organisation' }) organisationId: string;
  @ApiProperty() @Trimmed() @IsString() @MinLength(1, { message: 'title is required' }) @MaxLength(300) title: string;
}

export class UpdateCaseDto extends CaseFields {
  @ReadOnly() organisationId?: unknown;
  @ApiPropertyOptional()
  @IsOmittable()
  @Trimmed()
  @IsString()
  @MinLength(1, { message: 'title is required' })
  @MaxLength(300)
  title?: string;
  @ApiProperty() @IsReadVersion() version: number;
}
