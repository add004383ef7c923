import type { KboAlert } from '../domain/kbo-situations';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { BlankToNull, IsDay, IsOmittable, IsReadVersion, Trimmed } from '../common/http/field-rules';
import { EchoedRecord, ReadOnly } from '../common/http/read-only-fields';
import { LANGUAGES, Language } from '../domain/languages';
import { LEGAL_FORMS, LegalForm, Sector, SECTORS } from '../domain/organisation-codes';

/** The fields an advisor fills in; shared by create and update. */
export class OrganisationFields extends EchoedRecord {
  @ReadOnly() stage?: unknown;
  @ReadOnly() advisorId?: unknown;
  @ReadOnly() recognitionStatus?: unknown;
  @ReadOnly() lastMeetingAt?: unknown;
  @ReadOnly() outsideBrussels?: unknown;
  @ReadOnly() kboAlert?: unknown;
  @ReadOnly() mergedIntoId?: unknown;
  @ReadOnly() createdById?: unknown;
  @ApiPropertyOptional({
    example: '0403.019.261',
    description: 'KBO/BCE number, with or without dots; stored as 10 digits',
  })
  @IsOptional()
  @BlankToNull()
  @IsString()
  @MaxLength(20)
  enterpriseNumber?: string | null;

  @ApiPropertyOptional({ enum: LEGAL_FORMS })
  @IsOptional()
  @BlankToNull()
  @IsIn(LEGAL_FORMS, { message: `legalForm must be one of ${LEGAL_FORMS.join(', ')}` })
  legalForm?: LegalForm | null;

  @ApiPropertyOptional({ enum: SECTORS, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(SECTORS.length)
  @IsIn(SECTORS, { each: true, message: `each sector must be one of ${SECTORS.join(', ')}` })
  sectors?: Sector[];

  @ApiPropertyOptional() @IsOptional() @BlankToNull() @IsString() @MaxLength(5000) description?: string | null;
  @ApiPropertyOptional() @IsOptional() @BlankToNull() @IsString() @MaxLength(5000) socialMission?: string | null;
  @ApiPropertyOptional() @IsOptional() @BlankToNull() @IsString() @MaxLength(200) street?: string | null;

  @ApiPropertyOptional({ example: '1000' })
  @IsOptional()
  @BlankToNull()
  @IsString()
  @Matches(/^[1-9]\d{3}$/, { message: 'postcode must be a Belgian postcode of four digits' })
  postcode?: string | null;

  /** NIS code; derived from the postcode unless the advisor corrects it. */
  @ApiPropertyOptional({
    example: '21004',
    description: 'NIS code of the Brussels municipality; derived from the postcode unless corrected',
  })
  @IsOptional()
  @BlankToNull()
  @IsString()
  municipality?: string | null;

  @ApiPropertyOptional({ description: 'An http(s) address' })
  @IsOptional()
  @BlankToNull()
  @IsString()
  @MaxLength(300)
  @Matches(/^https?:\/\/[^\s/$.?#][^\s]*$/i, { message: 'website must be an http:// or https:// address' })
  website?: string | null;
  @ApiPropertyOptional()
  @IsOptional()
  @BlankToNull()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email?: string | null;
  @ApiPropertyOptional() @IsOptional() @BlankToNull() @IsString() @MaxLength(40) phone?: string | null;

  @ApiPropertyOptional({ example: '2019-03-01' })
  @IsOptional()
  @BlankToNull()
  @IsDay('foundedOn')
  foundedOn?: string | null;

  @ApiPropertyOptional({ example: '2019-03-15', description: 'BCE/KBO start date; the founding date when left empty' })
  @IsOptional()
  @BlankToNull()
  @IsDay('registeredOn')
  registeredOn?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'employeesFte must be a number' })
  @Min(0)
  @Max(100000)
  employeesFte?: number | null;
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt({ message: 'volunteers must be a whole number' })
  @Min(0)
  @Max(1000000)
  volunteers?: number | null;

  @ApiPropertyOptional({ enum: LANGUAGES, isArray: true })
  @IsOptional()
  @IsArray()
  @IsIn(LANGUAGES, { each: true, message: 'each language must be fr, nl or en' })
  languages?: Language[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  tags?: string[];

  @ApiPropertyOptional() @IsOmittable() @IsBoolean() archived?: boolean;
}

export class CreateOrganisationDto extends OrganisationFields {
  @ReadOnly() version?: unknown;
  @ApiProperty({ example: 'Coopérative Les Tartines' })
  @IsString()
  @MinLength(1, { message: 'name is required' })
  @MaxLength(300)
  @Trimmed()
  name: string;
}

export class UpdateOrganisationDto extends OrganisationFields {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'name is required' })
  @MaxLength(300)
  @Trimmed()
  name?: string;

  @ApiProperty({ description: 'The version the client last read; a stale one is a 409' })
  @IsReadVersion()
  version: number;
}

export class TagOrganisationsDto {
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMaxSize(1000) @IsString({ each: true }) ids: string[];
  @ApiPropertyOptional({ type: [String] })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  add?: string[];
  @ApiPropertyOptional({ type: [String] })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  remove?: string[];
}

/** An organisation as the API returns it. */
export interface OrganisationRecord {
  id: string;
  name: string;
  enterpriseNumber: string | null;
  legalForm: LegalForm | null;
  sectors: Sector[];
  description: string | null;
  socialMission: string | null;
  street: string | null;
  postcode: string | null;
  municipality: string | null;
  outsideBrussels: boolean;
  /** What the KBO says of the enterprise when it is stopped, bankrupt, liquidating or reorganising (lists and the record). */
  kboAlert?: KboAlert | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  foundedOn: string | null;
  registeredOn: string | null;
  employeesFte: number | null;
  volunteers: number | null;
  languages: Language[];
  tags: string[];
  archived: boolean;
  stage: string | null;
  advisorId: string | null;
  recognitionStatus: string | null;
  lastMeetingAt: Date | null;
  createdById: string | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}
