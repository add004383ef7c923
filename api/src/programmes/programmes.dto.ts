import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { BlankToNull, IsOmittable, IsReadVersion, Trimmed } from '../common/http/field-rules';
import { EchoedRecord, ReadOnly } from '../common/http/read-only-fields';
import { PARTNER_ID } from '../domain/partners';
import type { Partner } from '../domain/referral-rules';
import { PROGRAMME_STAGES, ProgrammeStage } from '../domain/programme-codes';

const PARTNER_RULE = { message: 'partner must be the id of a partner (GET /api/partners)' };

class ProgrammeFields extends EchoedRecord {
  @ApiPropertyOptional() @IsOptional() @BlankToNull() @IsString() @MaxLength(5000) description?: string | null;
  @ApiPropertyOptional() @IsOmittable() @IsBoolean() active?: boolean;
}

export class CreateProgrammeDto extends ProgrammeFields {
  @ReadOnly() version?: unknown;
  @ApiProperty({ description: 'A partner id (GET /api/partners)', example: 'coopcity' })
  @Matches(PARTNER_ID, PARTNER_RULE)
  partner: Partner;
  @ApiProperty() @Trimmed() @IsString() @MinLength(1, { message: 'name is required' }) @MaxLength(200) name: string;
  @ApiProperty({ enum: PROGRAMME_STAGES })
  @IsIn(PROGRAMME_STAGES, { message: `stage must be one of ${PROGRAMME_STAGES.join(', ')}` })
  stage: ProgrammeStage;
}

export class UpdateProgrammeDto extends ProgrammeFields {
  @ApiPropertyOptional({ description: 'A partner id (GET /api/partners)' })
  @IsOmittable()
  @Matches(PARTNER_ID, PARTNER_RULE)
  partner?: Partner;
  @ApiPropertyOptional()
  @IsOmittable()
  @Trimmed()
  @IsString()
  @MinLength(1, { message: 'name is required' })
  @MaxLength(200)
  name?: string;
  @ApiPropertyOptional({ enum: PROGRAMME_STAGES })
  @IsOmittable()
  @IsIn(PROGRAMME_STAGES, { message: `stage must be one of ${PROGRAMME_STAGES.join(', ')}` })
  stage?: ProgrammeStage;
  @ApiProperty() @IsReadVersion() version: number;
}
