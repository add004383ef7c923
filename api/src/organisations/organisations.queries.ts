import { NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { coded, fieldError } from '../common/errors/coded-error';
import { ValidationFailed } from '../common/errors/validation-errors';

/**
 * Refuses a record for an organisation that does not exist: 400 naming the `organisationId` field when it
 * came in a body, 404 when it is the record asked for (a path).
 */
export async function assertOrganisationExists(
  manager: EntityManager,
  organisationId: string,
  from: 'body' | 'path' = 'body',
): Promise<void> {
  const [organisation] = await manager.query(`SELECT 1 FROM organisations WHERE id = $1`, [organisationId]);
  if (organisation) return;
  if (from === 'body') throw new ValidationFailed({ organisationId: fieldError('organisation.unknown') });
  throw new NotFoundException(coded('record.not_found'));
}

/**
 * Locks the organisation's row until the caller's transaction ends (its contacts' primary flag is decided one
 * change at a time); false when there is no such organisation.
 */
export async function lockOrganisation(manager: EntityManager, organisationId: string): Promise<boolean> {
  const rows = await manager.query(`SELECT 1 FROM organisations WHERE id = $1 FOR UPDATE`, [organisationId]);
  return rows.length > 0;
}
