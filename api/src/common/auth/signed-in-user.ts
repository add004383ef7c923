import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Language } from '../../domain/languages';
import type { Role } from '../../domain/roles';

/** Who is calling, as the JWT strategy found them in the database for this request. */
export interface SignedInUser {
  id: string;
  email: string;
  fullName: string;
  role: Role;
  language: Language;
  /** The session the access token belongs to (ending it ends the token). */
  sessionId: string;
}

export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): SignedInUser => context.switchToHttp().getRequest().user,
);
