import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { IsDay } from '../common/http/field-rules';
import { SECTORS, type Sector } from '../domain/organisation-codes';
import { LANGUAGES, type Language } from '../domain/languages';

/** The dashboard's period and filters: `?from=&to=&advisorId=&sector=`. */
export class OverviewQuery {
  @ApiPropertyOptional({ description: 'YYYY-MM-DD, default 1 January of this year' })
  @IsOptional()
  @IsDay('from')
  from?: string;

  @ApiPropertyOptional({ description: 'YYYY-MM-DD, default today' })
  @IsOptional()
  @IsDay('to')
  to?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'advisorId must be a user id' })
  advisorId?: string;

  @ApiPropertyOptional({ enum: SECTORS })
  @IsOptional()
  @IsIn(SECTORS)
  sector?: Sector;

  /** The answer's language (errors); read by the requester-language rule, listed so the whitelist lets it through. */
  @ApiPropertyOptional({ enum: LANGUAGES })
  @IsOptional()
  @IsIn(LANGUAGES)
  lang?: Language;
}
