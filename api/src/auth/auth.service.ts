import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { recordAudit } from '../audit/audit-trail';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app.config';
import { ValidationFailed } from '../common/errors/validation-errors';
import type { SignedInUser } from '../common/auth/signed-in-user';
import { UserRecord } from '../users/users.dto';
import { User } from '../users/user.entity';
import { userRecord, UsersService } from '../users/users.service';
import type { ClientInfo } from './client-info';
import { AccessTokenClaims } from './jwt.strategy';
import { LoginThrottle } from './login-throttle.service';
import { decoyPasswordHash, hashPassword, passwordMatches } from './password';
import { IssuedSession, SessionsService } from './sessions.service';
import { coded, fieldError } from '../common/errors/coded-error';

export interface SignIn {
  accessToken: string;
  expiresIn: number;
  user: UserRecord;
  session: IssuedSession;
}


@Injectable()
export class AuthService {
  constructor(
    private readonly db: DataSource,
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottle,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The same 401 whether the e-mail is unknown, the password wrong or the account deactivated. */
  async login(email: string, password: string, client: ClientInfo): Promise<SignIn> {
    const { address } = client;
    const account = email.trim().toLowerCase();
    await this.throttle.assertAllowed(account, address);
    const user = await this.users.findWithSecrets({ email: account });
    const matches = await passwordMatches(user?.passwordHash ?? (await decoyPasswordHash()), password);
    if (!user || !matches || !user.active) {
      await recordAudit(this.db.manager, { userId: null, action: 'login_failed', entity: 'users', entityId: user?.id ?? null, changes: { email: account, address } });
      await this.throttle.recordFailure(account, address);
      throw new UnauthorizedException(coded('auth.wrong_credentials'));
    }
    await this.throttle.clearAccount(account);
    await this.users.recordSignIn(user.id);
    await recordAudit(this.db.manager, { userId: user.id, action: 'login', entity: 'users', entityId: user.id, changes: { address } });
    return this.signIn(user, await this.sessions.open(user.id, client, 'password'));
  }

  /** A new access token for a browser that holds a live session cookie; the cookie rotates. */
  async refresh(token: string | undefined): Promise<SignIn> {
    const rotated = token ? await this.sessions.rotate(token) : undefined;
    const user = rotated ? await this.users.findWithSecrets({ id: rotated.userId }) : null;
    if (!rotated || !user || !user.active) throw new UnauthorizedException(coded('auth.session_ended'));
    return this.signIn(user, rotated.session);
  }

  async logout(token: string | undefined): Promise<void> {
    if (token) await this.sessions.revoke(token);
  }

  /** Every token and session issued before the change stops working; this browser gets new ones. */
  async changePassword(who: SignedInUser, currentPassword: string, newPassword: string, client: ClientInfo): Promise<SignIn> {
    const user = await this.users.findWithSecrets({ id: who.id });
    if (!user || !(await passwordMatches(user.passwordHash, currentPassword))) {
      throw new ValidationFailed({ currentPassword: fieldError('auth.wrong_current_password') });
    }
    if (currentPassword === newPassword) throw new ValidationFailed({ newPassword: fieldError('auth.same_password') });
    const passwordHash = await hashPassword(newPassword);
    const session = await this.db.transaction(async (manager) => {
      await this.users.setPassword(user.id, passwordHash, manager);
      await this.sessions.revokeAll(user.id, manager);
      return this.sessions.open(user.id, client, 'password', manager);
    });
    const updated = await this.users.findWithSecrets({ id: user.id });
    return this.signIn(updated!, session);
  }

  private signIn(user: User, session: IssuedSession): SignIn {
    const claims: AccessTokenClaims = { sub: user.id, role: user.role, tv: user.tokenVersion, sid: session.id };
    const expiresIn = this.config.accessTokenMinutes * 60;
    const accessToken = this.jwt.sign(claims, { algorithm: 'HS256', expiresIn });
    return { accessToken, expiresIn, user: userRecord(user), session };
  }
}
