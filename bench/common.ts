/** Settings shared by the generator, the baseline server and the runner. */
export const DEFAULT_DB_URL = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/traject_bench';
export const BENCH_PASSWORD = 'bench-password-2026!';
export const BENCH_ADVISOR = 'advisor@bench.traject.example';
export const BENCH_MANAGER = 'manager@bench.traject.example';
export const BENCH_ADMIN = 'admin@bench.traject.example';
export const JWT_SECRET = 'bench-only-secret-0123456789abcdefghijklmnopqrstuvwxyz';

/** The URL of the server's maintenance database, for CREATE/DROP DATABASE. */
export function maintenanceUrl(url: string): string {
  const u = new URL(url);
  u.pathname = '/postgres';
  return u.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

export function arg(name: string): string | undefined {
  const prefix = `--${name}=`;
  const found = process.argv.find((a) => a === `--${name}` || a.startsWith(prefix));
  if (!found) return undefined;
  return found === `--${name}` ? 'true' : found.slice(prefix.length);
}
