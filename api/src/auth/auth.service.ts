import { ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
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
import { assertStrongPassword } from './password-policy';
import { decoyPasswordHash, hashPassword, passwordMatches } from './password';
import { EnrolmentOffer, SecondFactorService } from './second-factor.service';
import { SignInChallenges, SignInStep } from './sign-in-challenge';
import { IssuedSession, SessionsService } from './sessions.service';
import type { SignInMethod } from './session.entity';
import { coded, fieldError } from '../common/errors/coded-error';

export interface SignIn {
  accessToken: string;
  expiresIn: number;
  user: UserRecord;
  session: IssuedSession;
}

/** The password was right; a second step remains (a code, or setting up the app first). */
export interface SignInChallenge {
  step: SignInStep;
  challenge: string;
  expiresIn: number;
}


@Injectable()
export class AuthService {
  constructor(
    private readonly db: DataSource,
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottle,
    private readonly secondFactor: SecondFactorService,
    private readonly challenges: SignInChallenges,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The same 401 whether the e-mail is unknown, the password wrong or the account deactivated. */
  async login(email: string, password: string, client: ClientInfo): Promise<SignIn | SignInChallenge> {
    const account = email.trim().toLowerCase();
    const { address } = client;
    const { enabled, breakGlassEmail } = this.config.localLogin;
    if (!enabled && account !== breakGlassEmail) {
      throw new ForbiddenException({ message: 'Passwords are switched off: sign in with your organisation account', code: 'auth.local_login_disabled', params: {} });
    }
    const attempt = await this.throttle.admit(account, address);
    const user = await this.users.findWithSecrets({ email: account });
    const matches = await passwordMatches(user?.passwordHash ?? (await decoyPasswordHash()), password);
    if (!user || !matches || !user.active) {
      // What was typed as an e-mail is kept only when it names an account: it may be a mistyped password.
      const changes = user ? { email: account, address } : { address };
      await recordAudit(this.db.manager, { userId: null, action: 'login_failed', entity: 'users', entityId: user?.id ?? null, changes });
      await this.throttle.failed(attempt);
      throw new UnauthorizedException(coded('auth.wrong_credentials'));
    }
    await this.throttle.passed(attempt);
    // The account's failure count is cleared only once the whole sign-in succeeds: code guesses keep counting.
    if (await this.secondFactor.isEnabled(user.id)) return this.challenges.issue(user.id, user.tokenVersion, 'second_factor');
    if (this.secondFactor.isRequired(user.role)) return this.challenges.issue(user.id, user.tokenVersion, 'enrol_second_factor');
    return this.complete(user, client, 'password');
  }

  /** The second step: a code from the app (each used once) or a recovery code. */
  async loginWithCode(challenge: string, code: string, client: ClientInfo): Promise<SignIn> {
    const user = await this.challenged(challenge, 'second_factor');
    const account = user.email.toLowerCase();
    await this.throttle.assertAllowed(account, client.address);
    const match = await this.secondFactor.verify(user.id, code);
    if (!match) await this.wrongCode(user, client);
    return this.complete(user, client, 'password', { secondFactor: match });
  }

  /** A user who must use a second factor and has none gets a secret to scan, right after the password. */
  async offerEnrolment(challenge: string): Promise<EnrolmentOffer> {
    const user = await this.challenged(challenge, 'enrol_second_factor');
    return this.secondFactor.beginEnrolment(user.id, user.email);
  }

  /** The first code from the app confirms it and signs in; the recovery codes come with the answer, once. */
  async confirmEnrolment(challenge: string, code: string, client: ClientInfo): Promise<SignIn & { recoveryCodes: string[] }> {
    const user = await this.challenged(challenge, 'enrol_second_factor');
    await this.throttle.assertAllowed(user.email.toLowerCase(), client.address);
    const recoveryCodes = await this.secondFactor.confirmEnrolment(user.id, code);
    if (!recoveryCodes) return this.wrongCode(user, client);
    return { ...(await this.complete(user, client, 'password', { secondFactor: 'totp' })), recoveryCodes };
  }

  /** A session for a person the organisation's provider vouched for (Traject's own tokens from here on). */
  signInFromProvider(user: User, client: ClientInfo, audit: Record<string, unknown>): Promise<SignIn> {
    return this.complete(user, client, 'oidc', audit);
  }

  /** A new access token for a browser that holds a live session cookie; the cookie rotates. */
  async refresh(token: string | undefined): Promise<SignIn> {
    const rotated = token ? await this.sessions.rotate(token) : undefined;
    const user = rotated ? await this.users.findWithSecrets({ id: rotated.userId }) : null;
    if (!rotated || !user || !user.active) throw new UnauthorizedException(coded('auth.session_ended'));
    return this.signIn(user, rotated.session);
  }

  /** Ends the session; answers the provider's ID token when the session began there. */
  async logout(token: string | undefined): Promise<string | null> {
    return token ? ((await this.sessions.revoke(token))?.idToken ?? null) : null;
  }

  /** Every token and session issued before the change stops working; this browser gets new ones. */
  async changePassword(who: SignedInUser, currentPassword: string, newPassword: string, client: ClientInfo): Promise<SignIn> {
    const user = await this.users.findWithSecrets({ id: who.id });
    if (!user?.passwordHash || !(await passwordMatches(user.passwordHash, currentPassword))) {
      throw new ValidationFailed({ currentPassword: fieldError('auth.wrong_current_password') });
    }
    if (currentPassword === newPassword) throw new ValidationFailed({ newPassword: fieldError('auth.same_password') });
    assertStrongPassword('newPassword', newPassword, user);
    const passwordHash = await hashPassword(newPassword);
    const session = await this.db.transaction(async (manager) => {
      await this.users.setPassword(user.id, passwordHash, manager);
      await this.sessions.revokeAll(user.id, manager);
      return this.sessions.open(user.id, client, 'password', manager);
    });
    const updated = await this.users.findWithSecrets({ id: user.id });
    return this.signIn(updated!, session);
  }

  private async challenged(challenge: string, step: SignInStep): Promise<User> {
    const claims = this.challenges.read(challenge, step);
    const user = await this.users.findWithSecrets({ id: claims.sub });
    // A password change or deactivation since the password step voids the challenge.
    if (!user || !user.active || user.tokenVersion !== claims.tv) this.challenges.read('', step);
    return user!;
  }

  private async wrongCode(user: User, client: ClientInfo): Promise<never> {
    const account = user.email.toLowerCase();
    await recordAudit(this.db.manager, { userId: null, action: 'login_failed', entity: 'users', entityId: user.id, changes: { email: account, address: client.address, step: 'second_factor' } });
    await this.throttle.recordFailure(account, client.address);
    throw new UnauthorizedException({ message: 'Wrong code, or a code already used: wait for the next one', code: 'auth.wrong_code', params: {} });
  }

  private async complete(user: User, client: ClientInfo, method: SignInMethod, details: Record<string, unknown> = {}): Promise<SignIn> {
    await this.throttle.clearAccount(user.email.toLowerCase());
    await this.users.recordSignIn(user.id);
    await recordAudit(this.db.manager, { userId: user.id, action: 'login', entity: 'users', entityId: user.id, changes: { address: client.address, method, ...details } });
    return this.signIn(user, await this.sessions.open(user.id, client, method));
  }

  private signIn(user: User, session: IssuedSession): SignIn {
    const claims: AccessTokenClaims = { sub: user.id, role: user.role, tv: user.tokenVersion, sid: session.id };
    const expiresIn = this.config.accessTokenMinutes * 60;
    const accessToken = this.jwt.sign(claims, { algorithm: 'HS256', expiresIn });
    return { accessToken, expiresIn, user: userRecord(user), session };
  }
}
