import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { BlankToNull, IsOmittable, IsReadVersion, Trimmed } from '../common/http/field-rules';
import { EchoedRecord, ReadOnly } from '../common/http/read-only-fields';
import { Partner, PARTNERS } from '../domain/referral-rules';
import { PROGRAMME_STAGES, ProgrammeStage } from '../domain/programme-codes';

class ProgrammeFields extends EchoedRecord {
  @ApiPropertyOptional() @IsOptional() @BlankToNull() @IsString() @MaxLength(5000) description?: string | null;
  @ApiPropertyOptional() @IsOmittable() @IsBoolean() active?: boolean;
}

export class CreateProgrammeDto extends ProgrammeFields {
  @ReadOnly() version?: unknown;
  @ApiProperty({ enum: PARTNERS }) @IsIn(PARTNERS, { message: 'partner must be coopcity or bissib' }) partner: Partner;
  @ApiProperty() @Trimmed() @IsString() @MinLength(1, { message: 'name is required' }) @MaxLength(200) name: string;
  @ApiProperty({ enum: PROGRAMME_STAGES }) @IsIn(PROGRAMME_STAGES, { message: `stage must be one of ${PROGRAMME_STAGES.join(', ')}` }) stage: ProgrammeStage;
}

export class UpdateProgrammeDto extends ProgrammeFields {
  @ApiPropertyOptional({ enum: PARTNERS }) @IsOmittable() @IsIn(PARTNERS, { message: 'partner must be coopcity or bissib' }) partner?: Partner;
  @ApiPropertyOptional() @IsOmittable() @Trimmed() @IsString() @MinLength(1, { message: 'name is required' }) @MaxLength(200) name?: string;
  @ApiPropertyOptional({ enum: PROGRAMME_STAGES }) @IsOmittable() @IsIn(PROGRAMME_STAGES, { message: `stage must be one of ${PROGRAMME_STAGES.join(', ')}` }) stage?: ProgrammeStage;
  @ApiProperty() @IsReadVersion() version: number;
}
