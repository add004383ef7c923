import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CONFIG_VARIABLES, loadConfig } from '../../api/src/config/app.config';

const ROOT = join(__dirname, '..', '..');
const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'));
const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');

/** docker compose's own interpolation: ${VAR}, ${VAR:-default}, ${VAR:?error}. */
function interpolate(value: string, env: Record<string, string>): string {
  return value.replace(/\$\{([A-Z_]+)(?::([-?])([^}]*))?\}/g, (_, name: string, op?: string, arg?: string) => {
    if (env[name]) return env[name];
    if (op === '?') throw new Error(`${name}: ${arg}`);
    return op === '-' ? (arg ?? '') : '';
  });
}

describe('docker-compose.yml and the Dockerfile', () => {
  it('has a PostgreSQL and the app, which waits for it to be healthy', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['app', 'db']);
    expect(compose.services.db.image).toMatch(/^postgres:\d+/);
    expect(compose.services.db.healthcheck.test.join(' ')).toMatch(/pg_isready/);
    expect(compose.services.app.depends_on.db.condition).toBe('service_healthy');
    expect(compose.services.app.build).toBe('.');
  });

  it('keeps the database on a named volume', () => {
    const [volume] = compose.services.db.volumes[0].split(':');
    expect(Object.keys(compose.volumes)).toContain(volume);
  });

  it('gives the app only variables Traject reads, and the ones it needs with DATABASE_URL', () => {
    const names = Object.keys(compose.services.app.environment);
    for (const name of names) expect(CONFIG_VARIABLES).toContain(name);
    expect(names).toEqual(
      expect.arrayContaining([
        'DATABASE_URL',
        'JWT_SECRET',
        'PORT',
        'TRAJECT_ADMIN_EMAIL',
        'TRAJECT_ADMIN_PASSWORD',
        'TRAJECT_DEMO',
      ]),
    );
  });

  it('refuses to start without JWT_SECRET, and with it yields a configuration Traject accepts, pointing at the db service', () => {
    const environment: Record<string, string> = compose.services.app.environment;
    expect(() => interpolate(environment.JWT_SECRET, {})).toThrow(/JWT_SECRET/);
    const env = Object.fromEntries(
      Object.entries(environment).map(([k, v]) => [
        k,
        interpolate(String(v), { JWT_SECRET: 'x'.repeat(48), POSTGRES_PASSWORD: 's3cret' }),
      ]),
    );
    const config = loadConfig(env);
    expect(new URL(config.databaseUrl!).host).toBe('db:5432');
    expect(new URL(config.databaseUrl!).password).toBe('s3cret');
    expect(config.demo).toBe(false);
    expect(config.port).toBe(3000);
    const db = compose.services.db.environment;
    expect(new URL(config.databaseUrl!).username).toBe(db.POSTGRES_USER);
    expect(new URL(config.databaseUrl!).pathname).toBe(`/${db.POSTGRES_DB}`);
  });

  it('publishes the port the app listens on and checks its readiness', () => {
    expect(compose.services.app.ports[0]).toMatch(/:3000$/);
    expect(compose.services.app.healthcheck.test.join(' ')).toMatch(/\/api\/health\/ready/);
  });

  it('the image runs the program the build produces, with the migrations and the console beside it', () => {
    expect(dockerfile).toMatch(/CMD \["node", "api\/dist\/api\/src\/main\.js"\]/);
    expect(dockerfile).toMatch(/COPY --from=build \/app\/migrations migrations/);
    expect(dockerfile).toMatch(/COPY --from=build \/app\/admin\/dist admin\/dist/);
    expect(dockerfile).toMatch(/RUN npm ci/);
    expect(dockerfile).toMatch(/USER node/);
  });
});

describe('the configuration', () => {
  it('lists every variable it reads', () => {
    const source = readFileSync(join(ROOT, 'api/src/config/app.config.ts'), 'utf8');
    const read = new Set([...source.matchAll(/env\.([A-Z_]+)|(?:int|flag)\('([A-Z_]+)'/g)].map((m) => m[1] ?? m[2]));
    expect([...read].sort()).toEqual([...CONFIG_VARIABLES].sort());
  });

  it('has the defaults of API.md', () => {
    const embedded = loadConfig({});
    expect(embedded).toMatchObject({ port: 3000, databaseUrl: undefined, demo: true, accessTokenMinutes: 30 });
    expect(loadConfig({ DATABASE_URL: 'postgres://a@b/c', JWT_SECRET: 'y'.repeat(32) }).demo).toBe(false);
  });

  it.each([
    [{ DATABASE_URL: 'postgres://a@b/c' }, /JWT_SECRET is required when DATABASE_URL is set/],
    [{ JWT_SECRET: 'short' }, /JWT_SECRET must be at least 32 characters/],
    [{ PORT: 'eighty' }, /PORT must be a whole number/],
    [{ ACCESS_TOKEN_MINUTES: '600' }, /ACCESS_TOKEN_MINUTES must be a whole number from 15 to 60/],
    [{ TRAJECT_ADMIN_EMAIL: 'a@b.be' }, /go together/],
    [{ TRAJECT_ADMIN_EMAIL: 'a@b.be', TRAJECT_ADMIN_PASSWORD: 'short' }, /at least 12 characters/],
    [{ TRAJECT_DEMO: 'perhaps' }, /TRAJECT_DEMO must be 1 or 0/],
    [{ DATABASE_URL: 'mysql://x' }, /postgres:\/\//],
    [{ MFA_REQUIRED: 'managers' }, /MFA_REQUIRED must be one of admin, all, none/],
    [{ LOCAL_LOGIN: '0' }, /LOCAL_LOGIN=0 needs OIDC_ISSUER/],
    [{ OIDC_ISSUER: 'http://login.example.org' }, /OIDC_ISSUER must be an https:\/\/ address/],
    [{ OIDC_ISSUER: 'https://login.example.org' }, /OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are required/],
    [
      {
        OIDC_ISSUER: 'https://login.example.org',
        OIDC_CLIENT_ID: 'a',
        OIDC_CLIENT_SECRET: 'b',
        OIDC_ROLE_MAP: 'staff=boss',
      },
      /OIDC_ROLE_MAP must be claim-value=role pairs/,
    ],
  ])('refuses %j with a clear message', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
