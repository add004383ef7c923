import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { LANGUAGES, type Language } from '../domain/languages';
import { MIN_PASSWORD_LENGTH } from '../config/app.config';

export class LoginDto {
  @ApiProperty({ example: 'advisor@demo.traject.brussels' })
  @IsString()
  @MaxLength(320)
  email: string;

  @ApiProperty()
  @IsString()
  @MaxLength(1024)
  password: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @MaxLength(1024)
  currentPassword: string;

  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, { message: `newPassword must be at least ${MIN_PASSWORD_LENGTH} characters long` })
  @MaxLength(1024)
  newPassword: string;
}

export class ChallengeDto {
  @ApiProperty({ description: 'The challenge the password step answered' })
  @IsString()
  @MaxLength(2048)
  challenge: string;
}

export class CodeDto {
  @ApiProperty({ description: 'Six digits from the authenticator app, or a recovery code', example: '123456' })
  @IsString()
  @MaxLength(64)
  code: string;
}

export class ChallengeCodeDto extends ChallengeDto {
  @ApiProperty({ description: 'Six digits from the authenticator app, or a recovery code', example: '123456' })
  @IsString()
  @MaxLength(64)
  code: string;
}

export class PasswordAndCodeDto extends CodeDto {
  @ApiProperty()
  @IsString()
  @MaxLength(1024)
  password: string;
}

/** `PUT /api/auth/me/language`: the signed-in user's own language. */
export class LanguageDto {
  @ApiProperty({ enum: LANGUAGES })
  @IsIn(LANGUAGES, { message: `language must be one of ${LANGUAGES.join(', ')}` })
  language: Language;
}
