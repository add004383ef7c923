import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { IsOmittable, IsReadVersion, Trimmed } from '../common/http/field-rules';
import { EchoedRecord, ReadOnly } from '../common/http/read-only-fields';
import { PARTNER_ID, PARTNER_KINDS, PartnerKind } from '../domain/partners';

const kindRule = { message: `kind must be one of ${PARTNER_KINDS.join(', ')}` };

/** On create the id is the partner's code, chosen by the admin: not an echoed, read-only id. */
export class CreatePartnerDto {
  @ReadOnly() version?: unknown;
  @ReadOnly() createdAt?: unknown;
  @ReadOnly() updatedAt?: unknown;
  @ApiPropertyOptional() @IsOmittable() @IsBoolean() active?: boolean;
  @ApiProperty({
    description: 'Short code kept in each referral: lower-case letters, digits, - or _ (2-40)',
    example: 'credal',
  })
  @Matches(PARTNER_ID, { message: 'id must be 2 to 40 lower-case letters, digits, - or _' })
  id: string;
  @ApiProperty({ example: 'Crédal' })
  @Trimmed()
  @IsString()
  @MinLength(1, { message: 'nameFr is required' })
  @MaxLength(200)
  nameFr: string;
  @ApiProperty({ example: 'Crédal' })
  @Trimmed()
  @IsString()
  @MinLength(1, { message: 'nameNl is required' })
  @MaxLength(200)
  nameNl: string;
  @ApiProperty({ enum: PARTNER_KINDS }) @IsIn(PARTNER_KINDS, kindRule) kind: PartnerKind;
}

export class UpdatePartnerDto extends EchoedRecord {
  @ApiPropertyOptional() @IsOmittable() @IsBoolean() active?: boolean;
  @ApiPropertyOptional()
  @IsOmittable()
  @Trimmed()
  @IsString()
  @MinLength(1, { message: 'nameFr is required' })
  @MaxLength(200)
  nameFr?: string;
  @ApiPropertyOptional()
  @IsOmittable()
  @Trimmed()
  @IsString()
  @MinLength(1, { message: 'nameNl is required' })
  @MaxLength(200)
  nameNl?: string;
  @ApiPropertyOptional({ enum: PARTNER_KINDS }) @IsOmittable() @IsIn(PARTNER_KINDS, kindRule) kind?: PartnerKind;
  @ApiProperty() @IsReadVersion() version: number;
}
