import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { BlankToNull, IsDay, IsOmittable, IsReadVersion, Trimmed } from '../common/http/field-rules';
import { EchoedRecord, ReadOnly } from '../common/http/read-only-fields';
import { MEETING_CHANNELS, MeetingChannel } from '../domain/meeting-codes';

class MeetingFields extends EchoedRecord {
  @ReadOnly() authorId?: unknown;
  @ApiPropertyOptional()
  @IsOptional()
  @BlankToNull()
  @IsUUID('all', { message: 'caseId must be the id of a case' })
  caseId?: string | null;
  @ApiPropertyOptional({ description: 'Defaults to now' })
  @IsOmittable()
  @IsISO8601({}, { message: 'occurredAt must be a date and time' })
  occurredAt?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt({ message: 'durationMinutes must be a whole number' })
  @Min(0)
  @Max(1440)
  durationMinutes?: number | null;
  @ApiPropertyOptional({ enum: MEETING_CHANNELS })
  @IsOmittable()
  @IsIn(MEETING_CHANNELS, { message: `channel must be one of ${MEETING_CHANNELS.join(', ')}` })
  channel?: MeetingChannel;
  @ApiPropertyOptional({ type: [String] })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'contactIds must be contact ids' })
  contactIds?: string[];
  @ApiPropertyOptional({ type: [String] })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'staffIds must be user ids' })
  staffIds?: string[];
  @ApiPropertyOptional() @IsOptional() @BlankToNull() @IsString() @MaxLength(50000) notes?: string | null;
  @ApiPropertyOptional() @IsOptional() @BlankToNull() @IsString() @MaxLength(10000) outcomes?: string | null;
  @ApiPropertyOptional() @IsOptional() @BlankToNull() @IsString() @MaxLength(10000) nextSteps?: string | null;
  @ApiPropertyOptional({ description: 'Creates a follow-up task for the author on that day' })
  @IsOptional()
  @BlankToNull()
  @IsDay('followUpOn')
  followUpOn?: string | null;
}

export class LogMeetingDto extends MeetingFields {
  @ReadOnly() version?: unknown;
  @ApiProperty() @IsUUID('all', { message: 'organisationId must be the id of an organisation' }) organisationId: string;
  @ApiProperty()
  @Trimmed()
  @IsString()
  @MinLength(1, { message: 'subject is required' })
  @MaxLength(300)
  subject: string;
}

export class UpdateMeetingDto extends MeetingFields {
  @ReadOnly() organisationId?: unknown;
  @ApiPropertyOptional()
  @IsOmittable()
  @Trimmed()
  @IsString()
  @MinLength(1, { message: 'subject is required' })
  @MaxLength(300)
  subject?: string;
  @ApiProperty() @IsReadVersion() version: number;
}
