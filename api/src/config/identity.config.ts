import { ROLE_PRECEDENCE, TrajectRole } from '../domain/identity';

/** Sign-in through the organisation's OpenID Connect provider (unset: local passwords only). */
export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
  /** The ID token claim that carries a person's groups or roles, for accounts created at first sign-in. */
  roleClaim?: string;
  /** Claim value -> Traject role; without an entry a value that is a role's own name maps to it. */
  roleMap: Record<string, TrajectRole>;
  autoCreate: boolean;
  /** Trust the provider's e-mail without `email_verified` (a directory whose addresses the organisation owns, as Entra ID). */
  trustEmail: boolean;
  /** The name on the sign-in button ("Sign in with hub.brussels"). */
  label: string;
  /** Registered at the provider; unset: this server's own `/api/auth/oidc/callback` as the browser reached it. */
  redirectUri?: string;
  /** Plain-HTTP issuer: allowed only on the loopback (a provider on the same machine in development and tests). */
  insecureLoopback: boolean;
}

export interface LocalLoginConfig {
  enabled: boolean;
  /** With local passwords off, the one admin who may still use one (break-glass). */
  breakGlassEmail?: string;
}

interface IdentityEnv {
  OIDC_ISSUER?: string;
  OIDC_CLIENT_ID?: string;
  OIDC_CLIENT_SECRET?: string;
  OIDC_SCOPES?: string;
  OIDC_ROLE_CLAIM?: string;
  OIDC_ROLE_MAP?: string;
  OIDC_LABEL?: string;
  OIDC_REDIRECT_URI?: string;
  autoCreate: boolean;
  trustEmail: boolean;
  localLogin: boolean;
  LOCAL_LOGIN_ADMIN?: string;
}

export function identityConfig(
  env: IdentityEnv,
  problems: string[],
): { oidc?: OidcConfig; localLogin: LocalLoginConfig } {
  const issuer = env.OIDC_ISSUER?.trim();
  let oidc: OidcConfig | undefined;
  if (issuer) {
    let url: URL | undefined;
    try {
      url = new URL(issuer);
    } catch {
      problems.push(`OIDC_ISSUER must be the provider's address, https://… (got "${issuer}")`);
    }
    const loopback = !!url && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
    if (url && url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback))
      problems.push('OIDC_ISSUER must be an https:// address');
    if (!env.OIDC_CLIENT_ID?.trim() || !env.OIDC_CLIENT_SECRET)
      problems.push('OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are required with OIDC_ISSUER');
    const roleMap: Record<string, TrajectRole> = {};
    for (const pair of (env.OIDC_ROLE_MAP ?? '')
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)) {
      const [value, role] = pair.split('=').map((p) => p?.trim());
      if (!value || !ROLE_PRECEDENCE.includes(role as TrajectRole))
        problems.push(
          `OIDC_ROLE_MAP must be claim-value=role pairs, roles among ${ROLE_PRECEDENCE.join(', ')} (got "${pair}")`,
        );
      else roleMap[value] = role as TrajectRole;
    }
    const redirectUri = env.OIDC_REDIRECT_URI?.trim() || undefined;
    if (redirectUri && !/^https?:\/\/\S+\/api\/auth\/oidc\/callback$/.test(redirectUri))
      problems.push('OIDC_REDIRECT_URI must be an http(s) address ending in /api/auth/oidc/callback');
    oidc = {
      issuer,
      clientId: env.OIDC_CLIENT_ID?.trim() ?? '',
      clientSecret: env.OIDC_CLIENT_SECRET ?? '',
      scopes: env.OIDC_SCOPES?.trim() || 'openid email profile',
      roleClaim: env.OIDC_ROLE_CLAIM?.trim() || undefined,
      roleMap,
      autoCreate: env.autoCreate,
      trustEmail: env.trustEmail,
      label: env.OIDC_LABEL?.trim() || 'hub.brussels',
      redirectUri,
      insecureLoopback: url?.protocol === 'http:' && loopback,
    };
    if (!oidc.scopes.split(/\s+/).includes('openid')) problems.push('OIDC_SCOPES must include openid');
  }
  const breakGlassEmail = env.LOCAL_LOGIN_ADMIN?.trim().toLowerCase() || undefined;
  if (!env.localLogin && !oidc) problems.push('LOCAL_LOGIN=0 needs OIDC_ISSUER: nobody could sign in');
  return { oidc, localLogin: { enabled: env.localLogin, breakGlassEmail } };
}
