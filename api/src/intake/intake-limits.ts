import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';

interface IntakeLimits {
  perAddressPerHour: number;
  perHour: number;
}

/**
 * The key of a visitor's address: IPv4 as is, IPv6 by its /64 (one household or office), hashed with the
 * server's secret so the table never holds an address.
 */
export function addressKey(address: string, secret: string): string {
  const plain = address.replace(/^::ffff:/, '');
  const network = plain.includes(':') ? expandIpv6(plain).slice(0, 4).join(':') + '::/64' : plain;
  return createHash('sha256').update(`intake-address:${secret}:${network}`).digest('base64url');
}

function expandIpv6(address: string): string[] {
  const [head, tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const missing = address.includes('::') ? 8 - left.length - right.length : 0;
  return [...left, ...Array(Math.max(0, missing)).fill('0'), ...right].map((part) =>
    part.toLowerCase().replace(/^0+(?=.)/, ''),
  );
}

/**
 * Counts one submission against the limits, in PostgreSQL so that every API process shares the count.
 * One advisory lock makes check-and-count atomic: at most `perHour` submissions pass in any hour.
 */
export async function countSubmission(
  manager: EntityManager,
  key: string,
  limits: IntakeLimits,
): Promise<'ok' | 'too_many'> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('traject:intake-attempts'))`);
  const [counts] = await manager.query(
    `SELECT count(*) FILTER (WHERE address_key = $1)::int AS "fromAddress", count(*)::int AS "all"
       FROM intake_attempts WHERE at > now() - interval '1 hour'`,
    [key],
  );
  if (counts.fromAddress >= limits.perAddressPerHour || counts.all >= limits.perHour) return 'too_many';
  await manager.query(`INSERT INTO intake_attempts (address_key) VALUES ($1)`, [key]);
  await manager.query(`DELETE FROM intake_attempts WHERE at < now() - interval '1 day'`);
  return 'ok';
}
