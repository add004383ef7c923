import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { BlankToNull, IsDay, IsOmittable, IsReadVersion } from '../common/http/field-rules';
import { EchoedRecord, ReadOnly } from '../common/http/read-only-fields';
import { CHECKLIST_ITEMS, ChecklistItemCode } from '../domain/recognition-dossier';
import { Obligation, OBLIGATIONS } from '../domain/recognition-obligations';
import {
  RECOGNITION_KINDS,
  RECOGNITION_STATUSES,
  RECOGNITION_TERMS,
  RecognitionKind,
  RecognitionStatus,
  RecognitionTerm,
} from '../domain/recognition-rules';

class ChecklistItemDto {
  @ApiProperty({ enum: CHECKLIST_ITEMS })
  @IsIn(CHECKLIST_ITEMS, { message: `checklist code must be one of ${CHECKLIST_ITEMS.join(', ')}` })
  code: ChecklistItemCode;
  @ApiProperty() @IsBoolean() done: boolean;
  @ApiPropertyOptional() @IsOmittable() @IsString() @MaxLength(2000) note?: string;
  /** Read-only: the documents that prove the item (as the API returned them); ignored on input. */
  @ApiPropertyOptional({ type: [String], readOnly: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  documentIds?: unknown[];
}

class RecognitionFields extends EchoedRecord {
  @ReadOnly() renewalDue?: unknown;
  @ReadOnly() renewalLate?: unknown;
  @ReadOnly() checklistProgress?: unknown;
  @ReadOnly() eligibilityWarnings?: unknown;
  @ReadOnly() createdById?: unknown;
  @ReadOnly() renewalOpensOn?: unknown;
  @ReadOnly() renewalLateFrom?: unknown;
  @ReadOnly() obligations?: unknown;
  @ApiPropertyOptional()
  @IsOptional()
  @BlankToNull()
  @IsUUID('all', { message: 'caseId must be the id of a case' })
  caseId?: string | null;
  @ApiPropertyOptional() @IsOptional() @BlankToNull() @IsDay('submittedOn') submittedOn?: string | null;
  @ApiPropertyOptional() @IsOptional() @BlankToNull() @IsDay('decisionOn') decisionOn?: string | null;
  @ApiPropertyOptional() @IsOptional() @BlankToNull() @IsDay('validFrom') validFrom?: string | null;
  @ApiPropertyOptional({ description: 'Proposed from validFrom and the term when left empty' })
  @IsOptional()
  @BlankToNull()
  @IsDay('validUntil')
  validUntil?: string | null;
  @ApiPropertyOptional({ enum: RECOGNITION_TERMS })
  @IsOmittable()
  @IsIn(RECOGNITION_TERMS, { message: 'term must be first, renewal or further' })
  term?: RecognitionTerm;
  @ApiPropertyOptional() @IsOptional() @BlankToNull() @IsString() @MaxLength(200) reference?: string | null;
  @ApiPropertyOptional({
    description: "A mandate's renewal file only: the deadline of the Minister's call it answers (drives the reminder)",
  })
  @IsOptional()
  @BlankToNull()
  @IsDay('callDeadline')
  callDeadline?: string | null;
  @ApiPropertyOptional({
    description: "Full-time equivalents on permanent contracts (staff test); default the organisation's staff",
  })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'permanentFte must be a number' })
  @Min(0)
  @Max(100000)
  permanentFte?: number | null;
  @ApiPropertyOptional({ description: 'Active self-employed partners (an ESD may meet the staff test with three)' })
  @IsOptional()
  @IsInt({ message: 'selfEmployedPartners must be a whole number' })
  @Min(0)
  @Max(10000)
  selfEmployedPartners?: number | null;
  @ApiPropertyOptional({ description: 'How many of those partners have it as their main occupation' })
  @IsOptional()
  @IsInt({ message: 'mainOccupationPartners must be a whole number' })
  @Min(0)
  @Max(10000)
  mainOccupationPartners?: number | null;
  @ApiPropertyOptional({ type: [ChecklistItemDto] })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(CHECKLIST_ITEMS.length)
  @ValidateNested({ each: true })
  @Type(() => ChecklistItemDto)
  checklist?: ChecklistItemDto[];
  @ApiPropertyOptional() @IsOptional() @BlankToNull() @IsString() @MaxLength(20000) notes?: string | null;
  @ApiPropertyOptional({
    enum: RECOGNITION_STATUSES,
    description: 'A change moves the file along its lifecycle (422 otherwise)',
  })
  @IsOptional()
  @IsIn(RECOGNITION_STATUSES, { message: `status must be one of ${RECOGNITION_STATUSES.join(', ')}` })
  status?: RecognitionStatus;
}

export class CreateRecognitionDto extends RecognitionFields {
  @ReadOnly() version?: unknown;
  @ApiProperty() @IsUUID('all', { message: 'organisationId must be the id of an organisation' }) organisationId: string;
  @ApiProperty({ enum: RECOGNITION_KINDS })
  @IsIn(RECOGNITION_KINDS, { message: `kind must be one of ${RECOGNITION_KINDS.join(', ')}` })
  kind: RecognitionKind;
  @ApiPropertyOptional({ description: 'The file this one renews' })
  @IsOptional()
  @BlankToNull()
  @IsUUID('all', { message: 'previousId must be the id of a recognition file' })
  previousId?: string | null;
}

export class UpdateRecognitionDto extends RecognitionFields {
  @ReadOnly() organisationId?: unknown;
  @ReadOnly() kind?: unknown;
  @ReadOnly() previousId?: unknown;
  @ApiProperty() @IsReadVersion() version: number;
}

export class MoveRecognitionDto {
  @ApiProperty({ enum: RECOGNITION_STATUSES })
  @IsIn(RECOGNITION_STATUSES, { message: `status must be one of ${RECOGNITION_STATUSES.join(', ')}` })
  status: RecognitionStatus;
  @ApiPropertyOptional() @IsOmittable() @IsString() @MaxLength(5000) comment?: string;
  @ApiPropertyOptional({ description: 'The day it happened (submission, decision); default today' })
  @IsOmittable()
  @IsDay('on')
  on?: string;
}

export class ObligationDoneDto {
  @ApiProperty({ enum: OBLIGATIONS })
  @IsIn(OBLIGATIONS, { message: `obligation must be one of ${OBLIGATIONS.join(', ')}` })
  obligation: Obligation;
  @ApiProperty({ description: 'The year it is filed in (it covers the year before)' })
  @IsInt({ message: 'year must be a whole number' })
  @Min(2019)
  @Max(2100)
  year: number;
  @ApiPropertyOptional({ description: 'false reopens it; default true' }) @IsOmittable() @IsBoolean() done?: boolean;
  @ApiPropertyOptional({ description: 'The day it was done; default today' }) @IsOmittable() @IsDay('on') on?: string;
}
