import { Inject, Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHmac } from 'node:crypto';
import * as oidc from 'openid-client';
import { DataSource } from 'typeorm';
import { recordAudit } from '../../audit/audit-trail';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app.config';
import type { OidcConfig } from '../../config/identity.config';
import { ProviderRefusal, roleFromClaim } from '../../domain/identity';
import { LANGUAGES, type Language } from '../../domain/languages';
import { type User, UsersService } from '../../users';
import { AuthService, SignIn } from '../auth.service';
import type { ClientInfo } from '../client-info';
import { SessionsService } from '../sessions.service';

/** What the browser keeps between leaving for the provider and coming back (a signed, httpOnly cookie). */
interface Flow {
  state: string;
  nonce: string;
  verifier: string;
  redirectUri: string;
}

export class ProviderRefused extends Error {
  constructor(readonly reason: ProviderRefusal) {
    super(`sign-in through the provider refused: ${reason}`);
  }
}

/**
 * Sign-in through the organisation's OpenID Connect provider with openid-client: discovery from the
 * issuer, authorization code flow with PKCE (S256), state and nonce, the ID token's signature, issuer,
 * audience and expiry checked; then the person is matched to a Traject user and gets Traject's own session.
 */
@Injectable()
export class ProviderSignInService {
  private readonly logger = new Logger('OpenID Connect');
  private configuration?: Promise<oidc.Configuration>;
  private readonly flowSecret: string;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jwt: JwtService,
    private readonly users: UsersService,
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly db: DataSource,
  ) {
    this.flowSecret = createHmac('sha256', config.jwtSecret ?? 'unset')
      .update('traject oidc flow')
      .digest('base64url');
  }

  get settings(): OidcConfig | undefined {
    return this.config.oidc;
  }

  get localLoginForEveryone(): boolean {
    return this.config.localLogin.enabled;
  }

  /** The provider's address to send the browser to, and the cookie that remembers this attempt. */
  async start(redirectUri: string): Promise<{ url: string; flow: string }> {
    const settings = this.settings!;
    const configuration = await this.discover();
    const flow: Flow = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      verifier: oidc.randomPKCECodeVerifier(),
      redirectUri,
    };
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: redirectUri,
      scope: settings.scopes,
      response_type: 'code',
      code_challenge: await oidc.calculatePKCECodeChallenge(flow.verifier),
      code_challenge_method: 'S256',
      state: flow.state,
      nonce: flow.nonce,
    });
    return {
      url: url.href,
      flow: this.jwt.sign({ ...flow }, { secret: this.flowSecret, algorithm: 'HS256', expiresIn: 600 }),
    };
  }

  /** The provider's answer (the callback's query) checked and turned into a Traject session; ProviderRefused otherwise. */
  async finish(query: string, flowCookie: string | undefined, client: ClientInfo): Promise<SignIn> {
    const flow = this.readFlow(flowCookie);
    const answer = new URLSearchParams(query);
    if (answer.get('error'))
      throw new ProviderRefused(answer.get('error') === 'access_denied' ? 'cancelled' : 'failed');
    const configuration = await this.discover();
    const current = new URL(flow.redirectUri);
    current.search = query;
    let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
    try {
      tokens = await oidc.authorizationCodeGrant(configuration, current, {
        pkceCodeVerifier: flow.verifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
    } catch (error) {
      this.logger.warn(`refused the provider's answer: ${(error as Error).message}`);
      throw new ProviderRefused('failed');
    }
    const claims = tokens.claims()!;
    const user = await this.personFor(claims, client);
    const signIn = await this.auth.signInFromProvider(user, client, { issuer: claims.iss, subject: claims.sub });
    if (tokens.id_token) await this.sessions.keepIdToken(signIn.session.id, tokens.id_token);
    return signIn;
  }

  /** Where to send the browser to sign out at the provider too, when it supports it. */
  async endSessionUrl(idToken: string, postLogoutRedirectUri: string): Promise<string | undefined> {
    const configuration = await this.discover().catch(() => undefined);
    if (!configuration?.serverMetadata().end_session_endpoint) return undefined;
    return oidc.buildEndSessionUrl(configuration, {
      id_token_hint: idToken,
      post_logout_redirect_uri: postLogoutRedirectUri,
    }).href;
  }

  /** By the stored subject; the first time by a verified e-mail of a user an admin created; or created when allowed. */
  private async personFor(claims: oidc.IDToken, client: ClientInfo): Promise<User> {
    const settings = this.settings!;
    const { iss: issuer, sub: subject } = claims;
    const email = typeof claims.email === 'string' ? claims.email.trim() : undefined;
    // OIDC_TRUST_EMAIL covers providers that never send `email_verified` (Entra ID); an explicit `false` is never trusted.
    const verified = claims.email_verified === true || (settings.trustEmail && claims.email_verified === undefined);
    let user = await this.users.findByProviderSubject(issuer, subject);
    if (!user && email && verified) {
      const byEmail = await this.users.findWithSecrets({ email });
      if (
        byEmail &&
        (await this.users.providerSubjectOf(byEmail.id)) === null &&
        (await this.users.linkProviderSubject(byEmail.id, issuer, subject))
      )
        user = byEmail;
      else if (byEmail) await this.refuse('email_taken', { email, issuer, subject }, client);
    }
    if (!user && settings.autoCreate && email && verified) {
      const role = roleFromClaim(settings.roleClaim ? claims[settings.roleClaim] : undefined, settings.roleMap);
      const locale = typeof claims.locale === 'string' ? claims.locale.slice(0, 2).toLowerCase() : '';
      const fullName =
        (typeof claims.name === 'string' && claims.name.trim()) ||
        [claims.given_name, claims.family_name].filter((p) => typeof p === 'string').join(' ') ||
        email;
      user = await this.users.createFromProvider({
        email,
        fullName: String(fullName).slice(0, 200),
        role,
        language: (LANGUAGES as readonly string[]).includes(locale) ? (locale as Language) : 'fr',
        issuer,
        subject,
      });
    }
    if (!user) return this.refuse('unknown_user', { email: email ?? null, issuer, subject }, client);
    if (!user.active) return this.refuse('deactivated', { email: user.email, issuer, subject }, client, user.id);
    return user;
  }

  private async refuse(
    reason: ProviderRefusal,
    facts: Record<string, unknown>,
    client: ClientInfo,
    userId: string | null = null,
  ): Promise<never> {
    await recordAudit(this.db.manager, {
      userId: null,
      action: 'login_refused',
      entity: 'users',
      entityId: userId,
      changes: { reason, method: 'oidc', address: client.address, ...facts },
    });
    throw new ProviderRefused(reason);
  }

  private readFlow(cookie: string | undefined): Flow {
    try {
      return this.jwt.verify<Flow>(cookie ?? '', { secret: this.flowSecret, algorithms: ['HS256'] });
    } catch {
      throw new ProviderRefused('failed');
    }
  }

  private discover(): Promise<oidc.Configuration> {
    const settings = this.settings!;
    this.configuration ??= oidc
      .discovery(new URL(settings.issuer), settings.clientId, settings.clientSecret, undefined, {
        execute: [oidc.enableNonRepudiationChecks, ...(settings.insecureLoopback ? [oidc.allowInsecureRequests] : [])],
        timeout: 10,
      })
      .catch((error: Error) => {
        this.configuration = undefined; // try again at the next sign-in
        this.logger.error(`discovery at ${settings.issuer} failed: ${error.message}`);
        throw new ProviderRefused('unavailable');
      });
    return this.configuration;
  }
}
