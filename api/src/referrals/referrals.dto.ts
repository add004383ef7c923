import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { BlankToNull, IsDay, IsOmittable, IsReadVersion } from '../common/http/field-rules';
import { EchoedRecord, ReadOnly } from '../common/http/read-only-fields';
import { PARTNER_ID } from '../domain/partners';
import { Partner, REFERRAL_STATUSES, ReferralStatus } from '../domain/referral-rules';

const statusRule = { message: `status must be one of ${REFERRAL_STATUSES.join(', ')}` };

class ReferralFields extends EchoedRecord {
  @ReadOnly() referredById?: unknown;
  @ReadOnly() respondedOn?: unknown;
  @ReadOnly() completedOn?: unknown;
  @ApiPropertyOptional()
  @IsOptional()
  @BlankToNull()
  @IsUUID('all', { message: 'caseId must be the id of a case' })
  caseId?: string | null;
  @ApiPropertyOptional({
    description:
      "One of the partner's active programmes: required for a programme partner (COOPCITY), optional otherwise",
  })
  @IsOptional()
  @BlankToNull()
  @IsUUID('all', { message: 'programmeId must be the id of a programme' })
  programmeId?: string | null;
  @ApiPropertyOptional() @IsOmittable() @IsDay('referredOn') referredOn?: string;
  @ApiPropertyOptional() @IsOptional() @BlankToNull() @IsString() @MaxLength(5000) outcome?: string | null;
  @ApiPropertyOptional() @IsOptional() @BlankToNull() @IsString() @MaxLength(5000) reason?: string | null;
  @ApiPropertyOptional({
    enum: REFERRAL_STATUSES,
    description: 'A change moves the referral along its lifecycle (422 otherwise)',
  })
  @IsOmittable()
  @IsIn(REFERRAL_STATUSES, statusRule)
  status?: ReferralStatus;
}

export class CreateReferralDto extends ReferralFields {
  @ReadOnly() version?: unknown;
  @ApiProperty() @IsUUID('all', { message: 'organisationId must be the id of an organisation' }) organisationId: string;
  @ApiProperty({
    description: 'A partner id (GET /api/partners): coopcity, bissib, or one an admin added',
    example: 'coopcity',
  })
  @Matches(PARTNER_ID, { message: 'partner must be the id of a partner (GET /api/partners)' })
  partner: Partner;
}

export class UpdateReferralDto extends ReferralFields {
  @ReadOnly() organisationId?: unknown;
  @ReadOnly() partner?: unknown;
  @ApiProperty() @IsReadVersion() version: number;
}

/** The status the referral's last move took it to: the move to undo (a stale click undoes nothing). */
export class UndoReferralMoveDto {
  @ApiProperty({ enum: REFERRAL_STATUSES }) @IsIn(REFERRAL_STATUSES, statusRule) status: ReferralStatus;
}

export class MoveReferralDto {
  @ApiProperty({ enum: REFERRAL_STATUSES }) @IsIn(REFERRAL_STATUSES, statusRule) status: ReferralStatus;
  @ApiPropertyOptional({ description: 'Required to complete' })
  @IsOmittable()
  @IsString()
  @MaxLength(5000)
  outcome?: string;
  @ApiPropertyOptional({ description: 'Required to decline or cancel' })
  @IsOmittable()
  @IsString()
  @MaxLength(5000)
  reason?: string;
}
