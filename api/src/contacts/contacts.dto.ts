import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { BlankToNull, IsOmittable, IsReadVersion, Trimmed } from '../common/http/field-rules';
import { EchoedRecord, ReadOnly } from '../common/http/read-only-fields';
import { LANGUAGES, Language } from '../domain/languages';
import { LEGAL_BASES, LegalBasis } from '../domain/contact-codes';

/** Extends EchoedRecord: id, createdAt and updatedAt sent back are dropped, never written. */
export class ContactFields extends EchoedRecord {
  @ReadOnly() anonymisedAt?: unknown;
  @ReadOnly() mergedIntoId?: unknown;
  @ReadOnly() createdById?: unknown;
  @ApiPropertyOptional() @IsOptional() @BlankToNull() @IsString() @MaxLength(200) jobTitle?: string | null;
  @ApiPropertyOptional()
  @IsOptional()
  @BlankToNull()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email?: string | null;
  @ApiPropertyOptional() @IsOptional() @BlankToNull() @IsString() @MaxLength(40) phone?: string | null;
  @ApiPropertyOptional({ enum: LANGUAGES })
  @IsOptional()
  @BlankToNull()
  @IsIn(LANGUAGES, { message: 'language must be fr, nl or en' })
  language?: Language | null;
  @ApiPropertyOptional() @IsOmittable() @IsBoolean() isPrimary?: boolean;
  @ApiPropertyOptional({ enum: LEGAL_BASES, default: 'public_task' })
  @IsOptional()
  @IsIn(LEGAL_BASES, {
    message: `legalBasis must be one of ${LEGAL_BASES.join(', ')} (a public body cannot rely on legitimate interest for its tasks)`,
  })
  legalBasis?: LegalBasis;
  @ApiPropertyOptional({ description: 'Required when legalBasis is consent' })
  @IsOptional()
  @BlankToNull()
  @IsISO8601({}, { message: 'consentGivenAt must be a date' })
  consentGivenAt?: string | null;
  @ApiPropertyOptional() @IsOptional() @BlankToNull() @IsString() @MaxLength(10000) notes?: string | null;
}

export class CreateContactDto extends ContactFields {
  @ReadOnly() version?: unknown;
  @ApiProperty() @IsUUID('all', { message: 'organisationId must be the id of an organisation' }) organisationId: string;
  @ApiProperty()
  @Trimmed()
  @IsString()
  @MinLength(1, { message: 'firstName is required' })
  @MaxLength(100)
  firstName: string;
  @ApiProperty()
  @Trimmed()
  @IsString()
  @MinLength(1, { message: 'lastName is required' })
  @MaxLength(100)
  lastName: string;
}

export class UpdateContactDto extends ContactFields {
  /** A contact stays with its organisation; moving a person is a new contact. */
  @ReadOnly() organisationId?: unknown;
  @ApiPropertyOptional()
  @IsOmittable()
  @Trimmed()
  @IsString()
  @MinLength(1, { message: 'firstName is required' })
  @MaxLength(100)
  firstName?: string;
  @ApiPropertyOptional()
  @IsOmittable()
  @Trimmed()
  @IsString()
  @MinLength(1, { message: 'lastName is required' })
  @MaxLength(100)
  lastName?: string;
  @ApiProperty() @IsReadVersion() version: number;
}

export class AnonymiseContactDto {
  @ApiPropertyOptional({
    type: [String],
    description: 'Keys of records the preview left for review that the admin chose to erase too',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10000)
  @IsString({ each: true })
  alsoErase?: string[];
}
