import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { MIN_PASSWORD_LENGTH } from '../config/app.config';
import { IsOmittable } from '../common/http/field-rules';
import { EchoedRecord, ReadOnly } from '../common/http/read-only-fields';
import { LANGUAGES, Language } from '../domain/languages';
import { ROLES, Role } from '../domain/roles';

const passwordRule = { message: `password must be at least ${MIN_PASSWORD_LENGTH} characters long` };

export class CreateUserDto extends EchoedRecord {
  @ReadOnly() lastLoginAt?: unknown;
  @ReadOnly() version?: unknown;
  @ApiProperty() @IsEmail({}, { message: 'email must be an e-mail address' }) @MaxLength(320) email: string;
  @ApiProperty() @IsString() @MinLength(1, { message: 'fullName is required' }) @MaxLength(200) fullName: string;
  @ApiProperty({ enum: ROLES }) @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` }) role: Role;
  @ApiPropertyOptional({ enum: LANGUAGES, default: 'fr' })
  @IsOptional()
  @IsIn(LANGUAGES, { message: `language must be one of ${LANGUAGES.join(', ')}` })
  language?: Language;
  @ApiPropertyOptional({ default: true }) @IsOmittable() @IsBoolean() active?: boolean;
  /** Omitted: the user gets no password and an invitation mail with a set-your-password link. */
  @ApiPropertyOptional({
    minLength: MIN_PASSWORD_LENGTH,
    description: 'Omit it to invite the user by e-mail to choose their own password (a link valid INVITATION_DAYS)',
  })
  @IsOptional()
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, passwordRule)
  @MaxLength(1024)
  password?: string;
}

export class UpdateUserDto extends EchoedRecord {
  @ReadOnly() lastLoginAt?: unknown;

  @ApiPropertyOptional()
  @IsOmittable()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email?: string;
  @ApiPropertyOptional()
  @IsOmittable()
  @IsString()
  @MinLength(1, { message: 'fullName is required' })
  @MaxLength(200)
  fullName?: string;
  @ApiPropertyOptional({ enum: ROLES })
  @IsOmittable()
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role?: Role;
  @ApiPropertyOptional({ enum: LANGUAGES })
  @IsOptional()
  @IsIn(LANGUAGES, { message: `language must be one of ${LANGUAGES.join(', ')}` })
  language?: Language;
  @ApiPropertyOptional() @IsOmittable() @IsBoolean() active?: boolean;
  /** An admin may set a new password; the user's existing sessions end. */
  @ApiPropertyOptional({ minLength: MIN_PASSWORD_LENGTH })
  @IsOptional()
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, passwordRule)
  @MaxLength(1024)
  password?: string;
  @ApiProperty({ description: 'The version the client last read; a stale one is a 409' })
  @IsInt({ message: 'version must be the whole number the record was read with' })
  version: number;
}

/** `POST /api/auth/set-password`: the token of an invitation link and the password chosen. */
export class SetPasswordDto {
  @ApiProperty({ description: 'The token of the set-your-password link' })
  @IsString()
  @MinLength(1, { message: 'token is required' })
  @MaxLength(256)
  token: string;
  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, passwordRule)
  @MaxLength(1024)
  password: string;
}

/** `POST /api/auth/forgot-password`: the address of the account whose password was forgotten. */
export class ForgotPasswordDto {
  @ApiProperty({ example: 'advisor@demo.traject.brussels', maxLength: 320 })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email: string;
}

/** What `POST /api/auth/forgot-password` answers, always the same: whether a mail left is never said. */
export class PasswordResetRequestedDto {
  @ApiProperty({
    example: true,
    description: 'Always true: the request was taken. A mail follows only for an account that may reset its password.',
  })
  accepted: true;
}

/** What `POST /api/users/{id}/invite` answers: when the new link stops working. */
export class InvitationSentDto {
  @ApiProperty() userId: string;
  @ApiProperty() expiresAt: Date;
}

/** What `POST /api/auth/set-password` answers: the account to sign in with. */
export class InvitationAcceptedDto {
  @ApiProperty() userId: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: LANGUAGES }) language: string;
}

/** What the API shows of a user: never the password hash or token version. */
export interface UserRecord {
  id: string;
  email: string;
  fullName: string;
  role: Role;
  language: Language;
  active: boolean;
  lastLoginAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}
