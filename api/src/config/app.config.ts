import { resolve } from 'node:path';
import { DEFAULT_BULK_READ_ROWS } from '../domain/read-policy';
import { SECOND_FACTOR_POLICIES, SecondFactorPolicy } from '../domain/identity';
import { identityConfig, LocalLoginConfig, OidcConfig } from './identity.config';
import { repoRoot } from './repo-root';

/** Every setting Traject reads from its environment, validated in one place. */
export interface AppConfig {
  port: number;
  /** Unset: Traject starts its own embedded PostgreSQL under `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  /** Required with DATABASE_URL; generated once and kept under dataDir in embedded mode. */
  jwtSecret?: string;
  accessTokenMinutes: number;
  sessionHours: number;
  /** Days a set-your-password invitation link stays valid (INVITATION_DAYS). */
  invitationDays: number;
  /** "Forgot password": minutes a reset link stays valid (PASSWORD_RESET_MINUTES), and mails at most per account and hour (PASSWORD_RESET_MAX_PER_HOUR). */
  passwordReset: { minutes: number; maxPerHour: number };
  firstAdmin?: { email: string; password: string };
  demo: boolean;
  corsOrigins: string[];
  bodyLimit: string;
  logRequests: boolean;
  trustProxy: boolean;
  /** The session cookie carries `Secure` whatever the request looks like (COOKIE_SECURE; on unless NODE_ENV=development). */
  cookieSecure: boolean;
  /** A just-rotated session cookie sent again within this many seconds is refused without ending the session (two tabs refreshing together). */
  refreshReuseGraceSeconds: number;
  consoleDir: string;
  loginThrottle: LoginThrottleConfig;
  /** Years of a first approval, a first renewal, and each further one (DOMAIN.md: 2, 3, 5, unconfirmed). */
  recognitionTermYears: { first: number; renewal: number; further: number };
  /** Years a work-integration mandate runs (order of 16 May 2019: 5). */
  mandateYears: number;
  /** Month and day (MM-DD) the yearly activity report of an approved enterprise is due (unconfirmed). */
  activityReportDue: string;
  /** Whether this process works jobs off the queue (pg-boss); `TRAJECT_JOBS=0` makes a web-only process. */
  jobs: boolean;
  /** Largest document accepted, in MiB (DOCUMENT_MAX_MB). */
  documentMaxMb: number;
  /** clamd to scan every upload with (CLAMAV_HOST, host or host:port, port 3310 by default); unset: no scan. */
  clamav?: { host: string; port: number };
  /** Which roles must use a second factor with a local password. */
  mfaRequired: SecondFactorPolicy;
  /** The organisation's OpenID Connect provider, when configured. */
  oidc?: OidcConfig;
  localLogin: LocalLoginConfig;
  /** Schedules changed from the code's defaults, by job name (`TRAJECT_JOB_SCHEDULES`). */
  jobSchedules: Record<string, string>;
  /** How often a worker process looks for jobs whose process stopped answering, to retry them. */
  jobsSuperviseSeconds: number;
  /** SMTP relay (`smtp://user:pass@host:587`, `smtps://…`); unset: mails stay in the outbox. */
  smtpUrl?: string;
  /** The sender of Traject's mails. */
  mailFrom: string;
  /** The console's address as people reach it, for the links in mails and calendar events. */
  publicUrl: string;
  intake: IntakeConfig;
  /** The CSV import's caps (IMPORT_MAX_ROWS, IMPORT_MAX_MB). */
  importLimits: { maxRows: number; maxBytes: number };
  /** Requests per user per minute to the expensive routes (search, exports, reports, import), counted in PostgreSQL. */
  expensivePerMinute: number;
  /** Whether `/api/docs` answers without sign-in (API_DOCS=public; the default only in development). */
  publicDocs: boolean;
  /** A list answer of personal data (contacts, meetings) with more rows than this is audited like an export. */
  bulkReadRows: number;
}

/** The public intake form: its privacy notice, its limits, and how long dismissed requests are kept. */
interface IntakeConfig {
  privacyUrl: string;
  retentionDays: number;
  perAddressPerHour: number;
  perHour: number;
  /** A form sent faster than this after it was served is treated as a script's (answered, not stored). */
  minFillSeconds: number;
}

interface LoginThrottleConfig {
  windowMinutes: number;
  maxFailuresPerAccount: number;
  maxFailuresPerAddress: number;
  /** Added to each failed answer once an account has failed twice, capped at 2 s. */
  failureDelayMs: number;
  /**
   * Once an account has failed `maxFailuresPerAccount` times in the window from all addresses together, each
   * further attempt waits 1, 2, 4… seconds after the last failure, up to this many (a delay, never a lock).
   */
  maxAccountDelaySeconds: number;
}

export class ConfigError extends Error {}

/** Every environment variable Traject reads (the README's configuration table lists them). */
export const CONFIG_VARIABLES = [
  'NODE_ENV',
  'PORT',
  'DATABASE_URL',
  'JWT_SECRET',
  'TRAJECT_ADMIN_EMAIL',
  'TRAJECT_ADMIN_PASSWORD',
  'TRAJECT_DEMO',
  'TRAJECT_DATA_DIR',
  'TRAJECT_CONSOLE_DIR',
  'CORS_ORIGINS',
  'ACCESS_TOKEN_MINUTES',
  'SESSION_HOURS',
  'BODY_LIMIT',
  'LOG_REQUESTS',
  'TRUST_PROXY',
  'COOKIE_SECURE',
  'REFRESH_REUSE_GRACE_SECONDS',
  'LOGIN_THROTTLE_MINUTES',
  'LOGIN_MAX_FAILURES_PER_ACCOUNT',
  'LOGIN_MAX_FAILURES_PER_ADDRESS',
  'LOGIN_FAILURE_DELAY_MS',
  'LOGIN_MAX_ACCOUNT_DELAY_SECONDS',
  'RECOGNITION_TERM_YEARS',
  'MANDATE_YEARS',
  'ACTIVITY_REPORT_DUE',
  'TRAJECT_JOBS',
  'DOCUMENT_MAX_MB',
  'CLAMAV_HOST',
  'MFA_REQUIRED',
  'OIDC_ISSUER',
  'OIDC_CLIENT_ID',
  'OIDC_CLIENT_SECRET',
  'OIDC_SCOPES',
  'OIDC_ROLE_CLAIM',
  'OIDC_ROLE_MAP',
  'OIDC_AUTO_CREATE',
  'OIDC_TRUST_EMAIL',
  'OIDC_LABEL',
  'OIDC_REDIRECT_URI',
  'LOCAL_LOGIN',
  'LOCAL_LOGIN_ADMIN',
  'TRAJECT_JOB_SCHEDULES',
  'TRAJECT_JOBS_SUPERVISE_SECONDS',
  'SMTP_URL',
  'MAIL_FROM',
  'TRAJECT_PUBLIC_URL',
  'INTAKE_PRIVACY_URL',
  'INTAKE_RETENTION_DAYS',
  'INVITATION_DAYS',
  'PASSWORD_RESET_MINUTES',
  'PASSWORD_RESET_MAX_PER_HOUR',
  'INTAKE_MAX_PER_ADDRESS',
  'INTAKE_MAX_PER_HOUR',
  'INTAKE_MIN_FILL_SECONDS',
  'IMPORT_MAX_ROWS',
  'IMPORT_MAX_MB',
  'EXPENSIVE_REQUESTS_PER_MINUTE',
  'API_DOCS',
  'BULK_READ_ROWS',
] as const;

type Env = Record<string, string | undefined>;

const MIN_SECRET_LENGTH = 32;
export const MIN_PASSWORD_LENGTH = 12;

export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  };
  const flag = (name: string, fallback: boolean): boolean => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
    if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
    problems.push(`${name} must be 1 or 0 (got "${raw}")`);
    return fallback;
  };

  const httpsUrl = (name: string, value: string | undefined, fallback: string): string => {
    const raw = value?.trim();
    if (!raw) return fallback;
    if (!/^https?:\/\/[^\s"'<>]+$/.test(raw)) problems.push(`${name} must be an http(s) URL (got "${raw}")`);
    return raw;
  };

  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must be a postgres:// or postgresql:// URL');
  }
  const jwtSecret = env.JWT_SECRET || undefined;
  if (databaseUrl && !jwtSecret) {
    problems.push(
      'JWT_SECRET is required when DATABASE_URL is set (at least 32 random characters, the same on every API process)',
    );
  }
  if (jwtSecret && jwtSecret.length < MIN_SECRET_LENGTH) {
    problems.push(`JWT_SECRET must be at least ${MIN_SECRET_LENGTH} characters long`);
  }

  let firstAdmin: AppConfig['firstAdmin'];
  const adminEmail = env.TRAJECT_ADMIN_EMAIL?.trim();
  const adminPassword = env.TRAJECT_ADMIN_PASSWORD;
  if (adminEmail || adminPassword) {
    if (!adminEmail || !adminPassword) {
      problems.push('TRAJECT_ADMIN_EMAIL and TRAJECT_ADMIN_PASSWORD go together');
    } else if (adminPassword.length < MIN_PASSWORD_LENGTH) {
      problems.push(`TRAJECT_ADMIN_PASSWORD must be at least ${MIN_PASSWORD_LENGTH} characters long`);
    } else {
      firstAdmin = { email: adminEmail, password: adminPassword };
    }
  }

  const termYears = (env.RECOGNITION_TERM_YEARS ?? '2,3,5').split(',').map((n) => Number(n.trim()));
  if (termYears.length !== 3 || !termYears.every((n) => Number.isInteger(n) && n >= 1 && n <= 20)) {
    problems.push(
      `RECOGNITION_TERM_YEARS must be three whole numbers of years, first,renewal,further (got "${env.RECOGNITION_TERM_YEARS}")`,
    );
  }

  const activityReportDue = env.ACTIVITY_REPORT_DUE?.trim() || '06-30';
  if (
    !/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(activityReportDue) ||
    activityReportDue > '12-31' ||
    ['02-29', '02-30', '02-31', '04-31', '06-31', '09-31', '11-31'].includes(activityReportDue)
  ) {
    problems.push(`ACTIVITY_REPORT_DUE must be a month and day, MM-DD (got "${env.ACTIVITY_REPORT_DUE}")`);
  }
  let clamav: AppConfig['clamav'];
  const clamHost = env.CLAMAV_HOST?.trim();
  if (clamHost) {
    const match = /^([^:\s]+)(?::(\d{1,5}))?$/.exec(clamHost);
    if (!match) problems.push(`CLAMAV_HOST must be a host name or host:port (got "${clamHost}")`);
    else clamav = { host: match[1], port: Number(match[2] ?? 3310) };
  }
  const mfaRequired = (env.MFA_REQUIRED?.trim() || 'admin') as SecondFactorPolicy;
  if (!SECOND_FACTOR_POLICIES.includes(mfaRequired)) {
    problems.push(`MFA_REQUIRED must be one of ${SECOND_FACTOR_POLICIES.join(', ')} (got "${env.MFA_REQUIRED}")`);
  }
  const jobSchedules: Record<string, string> = {};
  for (const entry of (env.TRAJECT_JOB_SCHEDULES ?? '')
    .split(';')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [name, cron] = entry.split('=').map((part) => part?.trim());
    if (!name || !cron || !/^[a-z0-9-]+$/.test(name) || !/^[-0-9*/, ]+$/.test(cron))
      problems.push(`TRAJECT_JOB_SCHEDULES must read name=cron;name=cron (got "${entry}")`);
    else jobSchedules[name] = cron;
  }
  const smtpUrl = env.SMTP_URL?.trim() || undefined;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) problems.push('SMTP_URL must be an smtp:// or smtps:// URL');
  const mailFrom = env.MAIL_FROM?.trim() || 'Traject <traject@localhost>';
  if (!/@/.test(mailFrom)) problems.push(`MAIL_FROM must hold an e-mail address (got "${mailFrom}")`);
  const port = int('PORT', 3000, 0, 65535);
  const publicUrl = (env.TRAJECT_PUBLIC_URL?.trim() || `http://localhost:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\//.test(publicUrl)) problems.push('TRAJECT_PUBLIC_URL must be an http:// or https:// address');

  const apiDocs = env.API_DOCS?.trim() || (env.NODE_ENV === 'development' ? 'public' : 'signed-in');
  if (!['public', 'signed-in'].includes(apiDocs))
    problems.push(`API_DOCS must be public or signed-in (got "${env.API_DOCS}")`);

  const config: AppConfig = {
    port,
    databaseUrl,
    dataDir: resolve(env.TRAJECT_DATA_DIR || resolve(repoRoot(), '.data')),
    jwtSecret,
    accessTokenMinutes: int('ACCESS_TOKEN_MINUTES', 30, 15, 60),
    sessionHours: int('SESSION_HOURS', 10, 1, 24),
    invitationDays: int('INVITATION_DAYS', 7, 1, 30),
    passwordReset: {
      minutes: int('PASSWORD_RESET_MINUTES', 60, 5, 1440),
      maxPerHour: int('PASSWORD_RESET_MAX_PER_HOUR', 3, 1, 20),
    },
    firstAdmin,
    demo: flag('TRAJECT_DEMO', !databaseUrl),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    bodyLimit: env.BODY_LIMIT || '1mb',
    logRequests: flag('LOG_REQUESTS', true),
    trustProxy: flag('TRUST_PROXY', false),
    cookieSecure: flag('COOKIE_SECURE', env.NODE_ENV !== 'development'),
    refreshReuseGraceSeconds: int('REFRESH_REUSE_GRACE_SECONDS', 10, 0, 120),
    consoleDir: resolve(env.TRAJECT_CONSOLE_DIR || resolve(repoRoot(), 'admin/dist')),
    loginThrottle: {
      windowMinutes: int('LOGIN_THROTTLE_MINUTES', 15, 1, 1440),
      maxFailuresPerAccount: int('LOGIN_MAX_FAILURES_PER_ACCOUNT', 5, 1, 1000),
      maxFailuresPerAddress: int('LOGIN_MAX_FAILURES_PER_ADDRESS', 30, 1, 100000),
      failureDelayMs: int('LOGIN_FAILURE_DELAY_MS', 250, 0, 2000),
      maxAccountDelaySeconds: int('LOGIN_MAX_ACCOUNT_DELAY_SECONDS', 60, 1, 3600),
    },
    recognitionTermYears: { first: termYears[0], renewal: termYears[1], further: termYears[2] },
    mandateYears: int('MANDATE_YEARS', 5, 1, 20),
    activityReportDue,
    jobs: flag('TRAJECT_JOBS', true),
    documentMaxMb: int('DOCUMENT_MAX_MB', 25, 1, 1024),
    bulkReadRows: int('BULK_READ_ROWS', DEFAULT_BULK_READ_ROWS, 1, 1000000),
    clamav,
    mfaRequired,
    ...identityConfig(
      {
        OIDC_ISSUER: env.OIDC_ISSUER,
        OIDC_CLIENT_ID: env.OIDC_CLIENT_ID,
        OIDC_CLIENT_SECRET: env.OIDC_CLIENT_SECRET,
        OIDC_SCOPES: env.OIDC_SCOPES,
        OIDC_ROLE_CLAIM: env.OIDC_ROLE_CLAIM,
        OIDC_ROLE_MAP: env.OIDC_ROLE_MAP,
        OIDC_LABEL: env.OIDC_LABEL,
        OIDC_REDIRECT_URI: env.OIDC_REDIRECT_URI,
        autoCreate: flag('OIDC_AUTO_CREATE', false),
        trustEmail: flag('OIDC_TRUST_EMAIL', false),
        localLogin: flag('LOCAL_LOGIN', true),
        LOCAL_LOGIN_ADMIN: env.LOCAL_LOGIN_ADMIN,
      },
      problems,
    ),
    jobSchedules,
    jobsSuperviseSeconds: int('TRAJECT_JOBS_SUPERVISE_SECONDS', 60, 1, 3600),
    smtpUrl,
    mailFrom,
    publicUrl,
    intake: {
      privacyUrl: httpsUrl(
        'INTAKE_PRIVACY_URL',
        env.INTAKE_PRIVACY_URL,
        'https://hub.brussels/fr/politique-de-confidentialite/',
      ),
      retentionDays: int('INTAKE_RETENTION_DAYS', 180, 1, 3650),
      perAddressPerHour: int('INTAKE_MAX_PER_ADDRESS', 5, 1, 10000),
      perHour: int('INTAKE_MAX_PER_HOUR', 200, 1, 1000000),
      minFillSeconds: int('INTAKE_MIN_FILL_SECONDS', 3, 0, 600),
    },
    importLimits: {
      maxRows: int('IMPORT_MAX_ROWS', 50_000, 1, 1_000_000),
      maxBytes: int('IMPORT_MAX_MB', 20, 1, 50) * 1024 * 1024,
    },
    expensivePerMinute: int('EXPENSIVE_REQUESTS_PER_MINUTE', 120, 1, 1_000_000),
    publicDocs: apiDocs === 'public',
  };
  if (problems.length) {
    throw new ConfigError(`Traject cannot start:\n  - ${problems.join('\n  - ')}`);
  }
  return config;
}
