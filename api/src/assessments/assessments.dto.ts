import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { BlankToNull, IsDay, IsOmittable, IsReadVersion } from '../common/http/field-rules';
import { EchoedRecord, ReadOnly } from '../common/http/read-only-fields';
import { IndicatorCode, Rating, RATINGS } from '../domain/emes';

class IndicatorAnswerDto {
  @ApiProperty() @IsString() code: IndicatorCode;
  @ApiProperty({ enum: RATINGS })
  @IsIn(RATINGS, { message: `rating must be one of ${RATINGS.join(', ')}` })
  rating: Rating;
  @ApiPropertyOptional({ description: 'The written justification' })
  @IsOmittable()
  @IsString()
  @MaxLength(5000)
  evidence?: string;
}

class AssessmentFields extends EchoedRecord {
  @ReadOnly() wageRatio?: unknown;
  @ReadOnly() pillars?: unknown;
  @ReadOnly() verdict?: unknown;
  @ReadOnly() rulesVersion?: unknown;
  @ReadOnly() finalisedAt?: unknown;
  @ReadOnly() finalisedById?: unknown;
  @ReadOnly() reviewStatus?: unknown;
  @ReadOnly() reviewComment?: unknown;
  @ReadOnly() reviewedById?: unknown;
  @ReadOnly() reviewedAt?: unknown;
  @ReadOnly() previousId?: unknown;
  @ReadOnly() status?: unknown;
  @ApiPropertyOptional()
  @IsOptional()
  @BlankToNull()
  @IsUUID('all', { message: 'caseId must be the id of a case' })
  caseId?: string | null;
  @ApiPropertyOptional({ description: 'Defaults to whoever creates it' })
  @IsOmittable()
  @IsUUID('all', { message: 'assessorId must be the id of a user' })
  assessorId?: string;
  @ApiPropertyOptional() @IsOmittable() @IsDay('assessedOn') assessedOn?: string;
  @ApiPropertyOptional({
    type: [IndicatorAnswerDto],
    description: 'Every indicator code exactly once; omitted on create: copied from the latest assessment',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => IndicatorAnswerDto)
  indicators?: IndicatorAnswerDto[];
  @ApiPropertyOptional()
  @IsOptional()
  @IsNumber({}, { message: 'lowestWage must be a number' })
  @Min(0.01, { message: 'lowestWage must be positive' })
  @Max(1e9)
  lowestWage?: number | null;
  @ApiPropertyOptional()
  @IsOptional()
  @IsNumber({}, { message: 'highestWage must be a number' })
  @Min(0.01, { message: 'highestWage must be positive' })
  @Max(1e9)
  highestWage?: number | null;
  @ApiPropertyOptional()
  @IsOptional()
  @IsNumber({}, { message: 'profitDistributionPct must be a number' })
  @Min(0)
  @Max(100)
  profitDistributionPct?: number | null;
}

export class CreateAssessmentDto extends AssessmentFields {
  @ReadOnly() version?: unknown;
  @ApiProperty() @IsUUID('all', { message: 'organisationId must be the id of an organisation' }) organisationId: string;
}

export class UpdateAssessmentDto extends AssessmentFields {
  @ReadOnly() organisationId?: unknown;
  @ApiProperty() @IsReadVersion() version: number;
}

export class ReviewAssessmentDto {
  @ApiProperty({ enum: ['agree', 'return'] })
  @IsIn(['agree', 'return'], { message: 'decision must be agree or return' })
  decision: 'agree' | 'return';
  @ApiPropertyOptional({ description: 'Required to return it' })
  @IsOmittable()
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  comment?: string;
}
