import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateIf } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { fieldErrors, ValidationFailed } from '../common/errors/validation-errors';
import { INDICATOR_CODES } from '../domain/emes';
import { CHECKLIST_ITEMS } from '../domain/recognition-dossier';
import { DOCUMENT_KINDS, DocumentKind } from '../domain/documents';

/** What a document is and what it proves: shared by an upload's form fields and a PUT. */
class DocumentFacts {
  @ApiPropertyOptional({ enum: DOCUMENT_KINDS }) @IsOptional() @IsIn(DOCUMENT_KINDS) kind?: DocumentKind;
  @ApiPropertyOptional({ description: 'Defaults to the file name' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  title?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) description?: string | null;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @ValidateIf((_, v) => v !== null) @IsUUID() recognitionId?:
    string | null;
  @ApiPropertyOptional({
    enum: CHECKLIST_ITEMS,
    description: 'The recognition dossier item it proves (needs recognitionId)',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsIn(CHECKLIST_ITEMS)
  checklistItem?: string | null;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @ValidateIf((_, v) => v !== null) @IsUUID() assessmentId?:
    string | null;
  @ApiPropertyOptional({
    enum: INDICATOR_CODES,
    description: 'The EMES indicator it is evidence for (needs assessmentId)',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsIn(INDICATOR_CODES)
  indicatorCode?: string | null;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @ValidateIf((_, v) => v !== null) @IsUUID() meetingId?:
    string | null;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @ValidateIf((_, v) => v !== null) @IsUUID() referralId?:
    string | null;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @ValidateIf((_, v) => v !== null) @IsUUID() caseId?:
    string | null;
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The person it concerns (part of their GDPR export, erased with them)',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  contactId?: string | null;
}

/** The text fields of `POST /documents` (multipart/form-data), sent before the `file` part. */
export class UploadDocumentFields extends DocumentFacts {
  @ApiProperty({ format: 'uuid' }) @IsUUID() organisationId: string;
  @ApiProperty({ enum: DOCUMENT_KINDS }) @IsIn(DOCUMENT_KINDS) declare kind: DocumentKind;
}

export class UpdateDocumentDto extends DocumentFacts {
  @ApiProperty() @IsInt() version: number;
}

/** The swagger shape of an upload: the fields above and the file. */
export class UploadDocumentForm extends UploadDocumentFields {
  @ApiProperty({ type: 'string', format: 'binary' }) file: unknown;
}

/** Form fields arrive as text: empty means absent; then the same validation as a JSON body. */
export async function parseFields<T extends object>(type: new () => T, fields: Record<string, string>): Promise<T> {
  const plain = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== ''));
  const instance = plainToInstance(type, plain);
  const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length) throw new ValidationFailed(fieldErrors(errors));
  return instance;
}
