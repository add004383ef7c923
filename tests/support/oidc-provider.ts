import { createServer, Server } from 'node:http';
import { decodeJwt, exportJWK, generateKeyPair, SignJWT } from 'jose';
import Provider from 'oidc-provider';
import { freePort } from '../../api/src/database/embedded-postgres.launcher';

/** A person at the provider: the claims it vouches for (email, email_verified, name, roles…). */
export type Person = Record<string, unknown>;

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** People who can sign in, by subject; change a person's claims to see Traject follow the subject. */
  people: Map<string, Person>;
  /** Rewrites the next ID tokens the token endpoint answers (null: leave them alone). */
  tamper: ((idToken: string) => Promise<string>) | null;
  /** Signs claims with the provider's own key, as a forger holding it would. */
  sign(claims: Record<string, unknown>): Promise<string>;
  close(): Promise<void>;
}

/**
 * A real OpenID provider (oidc-provider 9, a certified implementation) on a free loopback port, with one
 * confidential client for Traject. PKCE is required; consent is granted (first-party client), so the only
 * page is the provider's own sign-in form (its development interaction: any login that is a known subject).
 */
export async function startProvider(traject: { callbacks: string[]; afterLogout: string[] }): Promise<TestProvider> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const people = new Map<string, Person>();
  const clientId = 'traject';
  const clientSecret = 'traject-client-secret-for-tests';
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: traject.callbacks,
        post_logout_redirect_uris: traject.afterLogout,
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: ['test-provider-cookie-key'] },
    pkce: { required: () => true },
    conformIdTokenClaims: false,
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name', 'given_name', 'family_name', 'locale'],
      roles: ['roles'],
    },
    scopes: ['openid', 'email', 'profile', 'roles'],
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    findAccount: async (_ctx: unknown, sub: string) =>
      people.has(sub) ? { accountId: sub, claims: async () => ({ sub, ...people.get(sub) }) } : undefined,
    // A first-party client: the grant is given without a consent page.
    loadExistingGrant: async (ctx: { oidc: any }) => {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client.clientId,
        accountId: ctx.oidc.session.accountId,
      });
      grant.addOIDCScope('openid email profile roles');
      await grant.save();
      return grant;
    },
  });
  const test: TestProvider = {
    issuer,
    clientId,
    clientSecret,
    people,
    tamper: null,
    sign: (claims) => new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'test-key' }).sign(privateKey),
    close: () => new Promise((done) => server.close(() => done())),
  };
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.path === '/token' && ctx.method === 'POST' && test.tamper && ctx.body?.id_token)
      ctx.body = { ...ctx.body, id_token: await test.tamper(ctx.body.id_token) };
  });
  const server: Server = createServer(provider.callback());
  await new Promise<void>((listening) => server.listen(port, '127.0.0.1', () => listening()));
  return test;
}

/** The claims of an ID token, unchecked (to build a forged one from a real one). */
export const claimsOf = (idToken: string) => decodeJwt(idToken) as Record<string, unknown>;

/**
 * A browser's trip through the sign-in with plain HTTP: Traject's login route, the provider's sign-in form
 * (as `subject`), back to Traject's callback. Answers the callback's response (status, location, cookies).
 */
export async function signInThroughProvider(
  trajectUrl: string,
  subject: string,
  options: { editCallback?: (url: URL) => void } = {},
) {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = pair.split('=');
      if (/expires=Thu, 01 Jan 1970/i.test(line) || value.join('=') === '') jar.delete(name.trim());
      else jar.set(name.trim(), value.join('='));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const go = async (url: string, init: RequestInit = {}) => {
    const res = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), Cookie: cookie() },
    });
    keep(res);
    return res;
  };
  const start = await go(`${trajectUrl}/api/auth/oidc/login`);
  if (start.status !== 302) throw new Error(`login route answered ${start.status}`);
  const authorizeUrl = start.headers.get('location')!;
  let res = await go(authorizeUrl);
  let location = new URL(res.headers.get('location')!, authorizeUrl).href;
  res = await go(location); // the sign-in form
  const uid = new URL(location).pathname.split('/').pop();
  res = await go(`${new URL(location).origin}/interaction/${uid}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ prompt: 'login', login: subject, password: 'any' }).toString(),
  });
  // Follow the provider's redirects until it sends the browser back to Traject.
  for (let hop = 0; hop < 6; hop++) {
    location = new URL(res.headers.get('location')!, location).href;
    if (location.startsWith(trajectUrl)) break;
    res = await go(location);
  }
  const callback = new URL(location);
  options.editCallback?.(callback);
  const answer = await go(callback.href);
  return {
    authorizeUrl: new URL(authorizeUrl),
    status: answer.status,
    location: answer.headers.get('location') ?? '',
    cookie: cookie(),
    jar,
  };
}
