import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { BlankToNull, IsDay, IsOmittable, IsReadVersion, Trimmed } from '../common/http/field-rules';
import { EchoedRecord, ReadOnly } from '../common/http/read-only-fields';
import { TASK_STATUSES, TaskStatus } from '../domain/task-codes';

class TaskFields extends EchoedRecord {
  @ReadOnly() completedAt?: unknown;
  @ReadOnly() createdById?: unknown;
  @ReadOnly() meetingId?: unknown;
  @ApiPropertyOptional()
  @IsOptional()
  @BlankToNull()
  @IsUUID('all', { message: 'organisationId must be the id of an organisation' })
  organisationId?: string | null;
  @ApiPropertyOptional()
  @IsOptional()
  @BlankToNull()
  @IsUUID('all', { message: 'caseId must be the id of a case' })
  caseId?: string | null;
  @ApiPropertyOptional() @IsOptional() @BlankToNull() @IsDay('dueOn') dueOn?: string | null;
  @ApiPropertyOptional({ description: 'Defaults to whoever creates it' })
  @IsOptional()
  @BlankToNull()
  @IsUUID('all', { message: 'assigneeId must be the id of a user' })
  assigneeId?: string | null;
  @ApiPropertyOptional({ enum: TASK_STATUSES })
  @IsOmittable()
  @IsIn(TASK_STATUSES, { message: 'status must be todo, done or cancelled' })
  status?: TaskStatus;
}

export class CreateTaskDto extends TaskFields {
  @ReadOnly() version?: unknown;
  @ApiProperty() @Trimmed() @IsString() @MinLength(1, { message: 'title is required' }) @MaxLength(300) title: string;
}

export class UpdateTaskDto extends TaskFields {
  @ApiPropertyOptional()
  @IsOmittable()
  @Trimmed()
  @IsString()
  @MinLength(1, { message: 'title is required' })
  @MaxLength(300)
  title?: string;
  @ApiProperty() @IsReadVersion() version: number;
}
