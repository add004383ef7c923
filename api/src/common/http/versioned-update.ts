import { ConflictException, NotFoundException } from '@nestjs/common';
import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { codedFields, fieldError } from '../errors/coded-error';

/**
 * Optimistic locking the way API.md asks: the UPDATE itself says `WHERE id = … AND version = …`
 * and counts what it changed (TypeORM's save() does not check @VersionColumn).
 * Returns false when no row matched; the caller decides between 404 and 409.
 */
export async function updateAtVersion<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  version: number,
  changes: Partial<T>,
): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' } as never)
    .where('id = :id AND version = :version', { id, version })
    .execute();
  if (result.affected === 1) return;
  const exists = await manager.getRepository(entity).exists({ where: { id } as never });
  if (!exists) throw new NotFoundException('No such record');
  throw new ConflictException(
    codedFields('record.version_conflict', {}, { version: fieldError('record.version_conflict') }),
  );
}
