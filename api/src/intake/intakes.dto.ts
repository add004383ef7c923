import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { DISMISS_REASONS, type DismissReason } from '../domain/intake';
import { CreateOrganisationDto } from '../organisations';

/** The new organisation, prefilled from the intake in the console and edited there. */
class IntakeOrganisationDto extends CreateOrganisationDto {}

export class ConvertIntakeDto {
  @IsInt() @Min(1) version: number;
  @ApiPropertyOptional({ description: 'An existing organisation; else `organisation` is created' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
  @ApiPropertyOptional({ type: IntakeOrganisationDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => IntakeOrganisationDto)
  organisation?: IntakeOrganisationDto;
  @ApiPropertyOptional({ enum: ['consent', 'public_task'], description: 'Basis for keeping the person as a contact' })
  @IsIn(['consent', 'public_task'])
  legalBasis: 'consent' | 'public_task';
  @ApiPropertyOptional({ description: 'Open a case at intake for the organisation' })
  @IsOptional()
  @IsBoolean()
  openCase?: boolean;
  @IsOptional() @IsUUID() advisorId?: string;
  @IsOptional() @IsString() @MaxLength(200) caseTitle?: string;
}

export class DismissIntakeDto {
  @IsInt() @Min(1) version: number;
  @IsIn(DISMISS_REASONS) reason: DismissReason;
}
