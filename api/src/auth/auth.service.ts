import { ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { recordAudit } from '../audit/audit-trail';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app.config';
import { ValidationFailed } from '../common/errors/validation-errors';
import type { SignedInUser } from '../common/auth/signed-in-user';
import { InvitationAccepted, Invitations, PasswordResets, User, UserRecord, userRecord, UsersService } from '../users';
import type { ClientInfo } from './client-info';
import { AccessTokenClaims } from './jwt.strategy';
import { LoginThrottleService } from './login-throttle.service';
import { assertStrongPassword } from './password-policy';
import { decoyPasswordHash, hashPassword, passwordMatches } from './password';
import { EnrolmentOffer, SecondFactorService } from './second-factor.service';
import { SignInChallenges, SignInStep } from './sign-in-challenge';
import { IssuedSession, SessionsService } from './sessions.service';
import type { SignInMethod } from './session.entity';
import { coded, fieldError } from '../common/errors/coded-error';

/** "Forgot your password?" answers no sooner than this, whatever happened: its timing must not tell whether a mail left. */
const RESET_ANSWER_MS = 400;

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
    private readonly invitations: Invitations,
    private readonly resets: PasswordResets,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottleService,
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
      throw new ForbiddenException({
        message: 'Passwords are switched off: sign in with your organisation account',
        code: 'auth.local_login_disabled',
        params: {},
      });
    }
    const user = await this.users.findWithSecrets({ email: account });
    // What was typed as an e-mail is kept only when it names an account: it may be a mistyped password.
    const attempt = await this.throttle.admit(this.throttle.accountKey(account, !!user), address);
    const matches = await passwordMatches(user?.passwordHash ?? (await decoyPasswordHash()), password);
    if (!user || !matches || !user.active) {
      const changes = user ? { email: account, address } : { address };
      await recordAudit(this.db.manager, {
        userId: null,
        action: 'login_failed',
        entity: 'users',
        entityId: user?.id ?? null,
        changes,
      });
      await this.throttle.failed(attempt);
      throw new UnauthorizedException(coded('auth.wrong_credentials'));
    }
    await this.throttle.passed(attempt);
    // The account's failure count is cleared only once the whole sign-in succeeds: code guesses keep counting.
    if (await this.secondFactor.isEnabled(user.id))
      return this.challenges.issue(user.id, user.tokenVersion, 'second_factor');
    if (this.secondFactor.isRequired(user.role))
      return this.challenges.issue(user.id, user.tokenVersion, 'enrol_second_factor');
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
  async confirmEnrolment(
    challenge: string,
    code: string,
    client: ClientInfo,
  ): Promise<SignIn & { recoveryCodes: string[] }> {
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

  /**
   * A new access token for a browser that holds a live session cookie; the cookie rotates. A cookie already
   * rotated away ends the whole session; one rotated away seconds ago (another tab) answers `auth.session_rotated`.
   */
  async refresh(token: string | undefined, client?: ClientInfo): Promise<SignIn> {
    const rotated = token ? await this.sessions.rotate(token, client) : ({ ended: 'unknown' } as const);
    if ('ended' in rotated)
      throw new UnauthorizedException(
        coded(rotated.ended === 'reused' ? 'auth.session_rotated' : 'auth.session_ended'),
      );
    const user = await this.users.findWithSecrets({ id: rotated.userId });
    if (!user || !user.active) throw new UnauthorizedException(coded('auth.session_ended'));
    return this.signIn(user, rotated.session);
  }

  /** Ends the session (when the cookie's secret is its own); answers the provider's ID token when the session began there. */
  async logout(token: string | undefined): Promise<string | null> {
    return token ? ((await this.sessions.revoke(token))?.idToken ?? null) : null;
  }

  /** Every token and session issued before the change stops working; this browser gets new ones. */
  async changePassword(
    who: SignedInUser,
    currentPassword: string,
    newPassword: string,
    client: ClientInfo,
  ): Promise<SignIn> {
    const user = await this.users.findWithSecrets({ id: who.id });
    // Guesses of the current password (a borrowed session) are counted like sign-in failures, and locked alike.
    const attempt = await this.throttle.admit(who.email.toLowerCase(), client.address);
    if (!user?.passwordHash || !(await passwordMatches(user.passwordHash, currentPassword))) {
      await recordAudit(this.db.manager, {
        userId: who.id,
        action: 'password_check_failed',
        entity: 'users',
        entityId: who.id,
        changes: { address: client.address },
      });
      await this.throttle.failed(attempt);
      throw new ValidationFailed({ currentPassword: fieldError('auth.wrong_current_password') });
    }
    await this.throttle.passed(attempt);
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

  /**
   * An invitation's link sets the first password (a reset link, a new one). Wrong tokens count as failed sign-ins of this address (the
   * sign-in throttle's per-address bucket), so guessing links is locked out like guessing passwords.
   * No session is opened: the person signs in next (and enrols a second factor there when required).
   */
  async acceptInvitation(token: string, password: string, client: ClientInfo): Promise<InvitationAccepted> {
    const attempt = await this.throttle.admit(this.throttle.accountKey(`invitation:${token}`, false), client.address);
    try {
      const accepted = await this.invitations.accept(token, password);
      await this.throttle.passed(attempt);
      return accepted;
    } catch (error) {
      const code = String((error as { response?: { code?: string } }).response?.code);
      const tokenRefused = code.startsWith('invitation.') || code.startsWith('password_reset.');
      if (tokenRefused) await this.throttle.failed(attempt);
      else await this.throttle.passed(attempt);
      throw error;
    }
  }

  /**
   * "Forgot your password?": each request counts in the sign-in throttle, per address (with failed sign-ins) and
   * per typed e-mail from one address, under a keyed hash whether or not it names an account, so that it cannot
   * flood a mailbox nor tell accounts apart (429 `auth.too_many_attempts` / `auth.slow_down`, like a sign-in).
   * Past the throttle, the answer is the same whatever happened and comes after the same delay at least; the
   * mail itself is limited per account (PASSWORD_RESET_MAX_PER_HOUR), silently.
   */
  async requestPasswordReset(email: string, client: ClientInfo): Promise<void> {
    const answerAt = Date.now() + RESET_ANSWER_MS;
    const account = email.trim().toLowerCase();
    await this.throttle.admit(this.throttle.accountKey(`password-reset:${account}`, false), client.address);
    await this.resets.request(account, client.address);
    const wait = answerAt - Date.now();
    if (wait > 0) await new Promise((done) => setTimeout(done, wait));
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
    await recordAudit(this.db.manager, {
      userId: null,
      action: 'login_failed',
      entity: 'users',
      entityId: user.id,
      changes: { email: account, address: client.address, step: 'second_factor' },
    });
    await this.throttle.recordFailure(account, client.address);
    throw new UnauthorizedException({
      message: 'Wrong code, or a code already used: wait for the next one',
      code: 'auth.wrong_code',
      params: {},
    });
  }

  private async complete(
    user: User,
    client: ClientInfo,
    method: SignInMethod,
    details: Record<string, unknown> = {},
  ): Promise<SignIn> {
    await this.throttle.clearAccount(user.email.toLowerCase(), client.address);
    await this.users.recordSignIn(user.id);
    await recordAudit(this.db.manager, {
      userId: user.id,
      action: 'login',
      entity: 'users',
      entityId: user.id,
      changes: { address: client.address, method, ...details },
    });
    return this.signIn(user, await this.sessions.open(user.id, client, method));
  }

  private signIn(user: User, session: IssuedSession): SignIn {
    const claims: AccessTokenClaims = { sub: user.id, role: user.role, tv: user.tokenVersion, sid: session.id };
    const expiresIn = this.config.accessTokenMinutes * 60;
    const accessToken = this.jwt.sign(claims, { algorithm: 'HS256', expiresIn });
    return { accessToken, expiresIn, user: userRecord(user), session };
  }
}
