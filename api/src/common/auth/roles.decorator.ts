import { SetMetadata } from '@nestjs/common';
import type { Role } from '../../domain/roles';

export const ROLES_KEY = 'traject:roles';
/** Only these roles may call the route; without it any signed-in user may. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
