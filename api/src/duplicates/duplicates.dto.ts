import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsObject, IsOptional, IsUUID } from 'class-validator';

export class MergeDto {
  @ApiProperty({ description: 'The record merged into the one named in the path, which survives' })
  @IsUUID('all', { message: 'sourceId must be the id of the record to merge' })
  sourceId: string;

  @ApiPropertyOptional({
    description: 'For each field, whose value the survivor keeps: `survivor` (the default) or `source`',
    example: { name: 'source' },
  })
  @IsOptional()
  @IsObject({ message: 'fields must be an object of field: survivor|source' })
  fields?: Record<string, 'survivor' | 'source'>;
}

export class DismissDuplicateDto {
  @ApiProperty({ enum: ['organisation', 'contact'] })
  @IsIn(['organisation', 'contact'], { message: 'kind must be organisation or contact' })
  kind: 'organisation' | 'contact';

  @ApiProperty() @IsUUID('all', { message: 'firstId must be an id' }) firstId: string;
  @ApiProperty() @IsUUID('all', { message: 'secondId must be an id' }) secondId: string;
}
