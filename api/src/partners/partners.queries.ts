import type { EntityManager } from 'typeorm';
import { fieldError } from '../common/errors/coded-error';
import { ValidationFailed } from '../common/errors/validation-errors';
import type { PartnerKind } from '../domain/partners';

/** The partner a referral or a programme names: active or not, and its kind (which decides the rules). */
export async function partnerOf(
  manager: EntityManager,
  id: string,
  field = 'partner',
): Promise<{ id: string; kind: PartnerKind; active: boolean }> {
  const [partner] = await manager.query(`SELECT id, kind, active FROM partners WHERE id = $1`, [id]);
  if (!partner) throw new ValidationFailed({ [field]: fieldError('partner.unknown') });
  return partner;
}
