/**
 * `npm run bench`: loads Traject (and, side by side, a bare node:http + pg handler running the same
 * list SQL) from this process over loopback with autocannon, and prints one table.
 *
 *   node bench/dist/bench/run.js [--duration=10] [--light-duration=5] [--connections=8] [--only=list,search] [--pass=idle|busy]
 *
 * Two passes, each with a fresh API and baseline: "idle", then "busy" (a process the bench starts keeps one of
 * the two cores spinning). In each, every scenario runs twice: with 1 connection (one request at a time: the latency a user sees on a
 * quiet server) and with --connections (a busy hour on this 2-core machine: the throughput, and the
 * latency under queueing). The API and the baseline are child processes; this process only loads them.
 * The table is written as JSON to bench/results/<date>.json and bench/results/latest.json.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { get } from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { arg, BENCH_ADMIN, BENCH_ADVISOR, BENCH_MANAGER, BENCH_PASSWORD, DEFAULT_DB_URL, JWT_SECRET } from './common';

// autocannon ships no types.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS package without type declarations: typed here
const autocannon = require('autocannon') as (options: Record<string, unknown>) => AutocannonInstance;
interface AutocannonInstance extends PromiseLike<AutocannonResult> {
  on(
    event: 'response',
    listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void,
  ): void;
}
interface AutocannonResult {
  duration: number;
  requests: { total: number; average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

const REPO = resolve(__dirname, '../../..');
const API_PORT = Number(arg('api-port') ?? 3901);
const BASE_PORT = Number(arg('baseline-port') ?? 3902);
const DURATION = Number(arg('duration') ?? 10);
const LIGHT_DURATION = Number(arg('light-duration') ?? 5);
const CONNECTIONS = Number(arg('connections') ?? 8);
const ONLY = arg('only')?.split(',');

const LIST_PARAMS = {
  filter: JSON.stringify({ sectors: ['culture'], archived: false }),
  sort: JSON.stringify(['name', 'ASC']),
  range: JSON.stringify([0, 24]),
};
const listPath = (prefix: string) => `${prefix}/organisations?${new URLSearchParams(LIST_PARAMS)}`;

type Pass = 'idle' | 'busy';

interface Row {
  pass: Pass;
  scenario: string;
  target: 'traject' | 'bare';
  role: string;
  connections: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  note?: string;
  /** Bytes of one answer (board payload). */
  bytes?: number;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

type LoadOptions = {
  port: number;
  paths: string[];
  token?: string;
  connections: number;
  duration: number;
  amount?: number;
};

async function load(options: LoadOptions): Promise<Omit<Row, 'pass' | 'scenario' | 'target' | 'role'>> {
  const measured = await loadOnce(options);
  // autocannon drops the requests still in flight when the time is up: a scenario slower than its
  // time box is measured on a fixed number of requests instead, so its figures are real ones.
  if (measured.requests >= 5 * options.connections || options.amount) return measured;
  const again = await loadOnce({ ...options, amount: 5 * options.connections });
  return {
    ...again,
    note: `fixed ${5 * options.connections} requests (slower than the ${options.duration} s time box)`,
  };
}

/** Which path comes next, across runs: paths listed once each (the overview's periods) are not met again. */
let i = 0;

async function loadOnce(options: LoadOptions): Promise<Omit<Row, 'pass' | 'scenario' | 'target' | 'role'>> {
  const started = process.hrtime.bigint();
  const latencies: number[] = [];
  let bad = 0;
  const instance = autocannon({
    url: `http://127.0.0.1:${options.port}`,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.duration }),
    timeout: 60,
    headers: options.token ? { authorization: `Bearer ${options.token}` } : {},
    requests: [
      {
        method: 'GET',
        setupRequest: (req: Record<string, unknown>) => ({ ...req, path: options.paths[i++ % options.paths.length] }),
      },
    ],
  });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    latencies.push(responseTime);
    if (statusCode < 200 || statusCode >= 300) bad++;
  });
  const result = await instance;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  latencies.sort((a, b) => a - b);
  return {
    connections: options.connections,
    requests: latencies.length,
    rps: round(latencies.length / seconds, 1),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    max: round(latencies[latencies.length - 1] ?? NaN),
    errors: bad + result.errors + result.timeouts,
  };
}

function startChild(
  name: string,
  script: string,
  env: Record<string, string>,
  ready: RegExp,
): Promise<{ child: ChildProcess; output: string }> {
  return new Promise((resolveStart, reject) => {
    const child = spawn(process.execPath, [script], {
      cwd: REPO,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`${name} did not start in 120 s:\n${output}`)), 120_000);
    const onData = (data: Buffer) => {
      output += data.toString();
      if (ready.test(output)) {
        clearTimeout(timer);
        resolveStart({ child, output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (data: Buffer) => (output += data.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${code}):\n${output}`));
    });
  });
}

async function request(
  method: string,
  path: string,
  token?: string,
  body?: unknown,
): Promise<{ status: number; json: unknown; headers: Headers }> {
  const response = await fetch(`http://127.0.0.1:${API_PORT}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json: unknown = text;
  try {
    json = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: response.status, json, headers: response.headers };
}

async function signIn(email: string): Promise<string> {
  const { status, json } = await request('POST', '/api/auth/login', undefined, { email, password: BENCH_PASSWORD });
  if (status >= 300) throw new Error(`sign-in of ${email} failed: ${status} ${JSON.stringify(json)}`);
  return (json as { accessToken: string }).accessToken;
}

const rssKb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Downloads the CSV export once, sampling the API's RSS every 10 ms meanwhile. */
async function exportOnce(
  pid: number,
  token: string,
): Promise<{
  seconds: number;
  bytes: number;
  lines: number;
  rssBeforeMb: number;
  rssPeakMb: number;
  rssAfterMb: number;
  status: number;
}> {
  const rssBefore = rssKb(pid);
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, rssKb(pid))), 10);
  const started = process.hrtime.bigint();
  const { status, bytes, lines } = await new Promise<{ status: number; bytes: number; lines: number }>((done, fail) => {
    get(
      {
        host: '127.0.0.1',
        port: API_PORT,
        path: '/api/reports/organisations.csv',
        headers: { authorization: `Bearer ${token}` },
      },
      (res) => {
        let bytes = 0;
        let lines = 0;
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
        });
        res.on('end', () => done({ status: res.statusCode ?? 0, bytes, lines }));
        res.on('error', fail);
      },
    ).on('error', fail);
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  clearInterval(sampler);
  peak = Math.max(peak, rssKb(pid));
  await sleep(1000);
  const rssAfter = rssKb(pid);
  return {
    seconds: round(seconds, 2),
    bytes,
    lines,
    rssBeforeMb: round(rssBefore / 1024),
    rssPeakMb: round(peak / 1024),
    rssAfterMb: round(rssAfter / 1024),
    status,
  };
}

function table(rows: Row[]): string {
  const header = [
    'pass',
    'scenario',
    'target',
    'role',
    'conn',
    'req/s',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'max ms',
    'errors',
    'vs bare',
  ];
  const lines = rows.map((r) => [
    r.pass,
    r.scenario,
    r.target,
    r.role,
    String(r.connections),
    String(r.rps),
    String(r.p50),
    String(r.p95),
    String(r.p99),
    String(r.max),
    String(r.errors),
    r.note ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells: string[]) =>
    cells.map((c, i) => (i < 4 || i === cells.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [fmt(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(fmt)].join('\n');
}

/** A CPU load on one core, started by the bench for its "busy machine" pass: a child process spinning. */
function startBusyNeighbour(): ChildProcess {
  return spawn(process.execPath, ['-e', 'for (;;) { Math.sqrt(Math.random()); }'], { stdio: 'ignore' });
}

type ExportRun = Awaited<ReturnType<typeof exportOnce>> & { pass: Pass; first: boolean };

interface Scenario {
  name: string;
  target: 'traject' | 'bare';
  role: string;
  port: number;
  token?: string;
  paths: string[];
}

/** One pass: a fresh API and baseline (so the first export is a process's first), every scenario at 1 and N connections. */
async function runPass(pass: Pass, url: string, sample: string[]): Promise<{ rows: Row[]; exports: ExportRun[] }> {
  const api = await startChild(
    'API',
    'api/dist/api/src/main.js',
    {
      DATABASE_URL: url,
      JWT_SECRET,
      TRAJECT_DEMO: '0',
      TRAJECT_JOBS: '0',
      LOG_REQUESTS: '0',
      PORT: String(API_PORT),
      TRAJECT_ADMIN_EMAIL: BENCH_ADMIN,
      TRAJECT_ADMIN_PASSWORD: BENCH_PASSWORD,
      NODE_ENV: 'production',
      // The load comes from one user: the per-user limit on expensive routes would measure 429s.
      EXPENSIVE_REQUESTS_PER_MINUTE: '1000000',
    },
    /Traject ready/,
  );
  const baseline = await startChild(
    'baseline',
    'bench/dist/bench/baseline-server.js',
    { DATABASE_URL: url, PORT: String(BASE_PORT), LIST_PARAMS: JSON.stringify(LIST_PARAMS) },
    /"ready":true/,
  );
  const children = [api.child, baseline.child];
  const stopChildren = async () => {
    await Promise.all(
      children.map((child) =>
        child.exitCode === null
          ? new Promise<void>((done) => {
              child.removeAllListeners('exit');
              child.once('exit', () => done());
              child.kill('SIGTERM');
            })
          : undefined,
      ),
    );
  };
  process.once('SIGINT', () => {
    for (const child of children) child.kill('SIGTERM');
    process.exit(130);
  });
  const rows: Row[] = [];
  const exports: ExportRun[] = [];
  try {
    const apiPid = api.child.pid!;
    const advisor = await signIn(BENCH_ADVISOR);
    const manager = await signIn(BENCH_MANAGER);

    // The first export of this process, before anything else warms it: "< 1 s including the first run of a process".
    if (!ONLY || ONLY.includes('export')) exports.push({ ...(await exportOnce(apiPid, manager)), pass, first: true });

    // The same list, checked equal on both sides before any load.
    const listed = await request('GET', listPath('/api'), advisor);
    const bare = await fetch(`http://127.0.0.1:${BASE_PORT}${listPath('')}`);
    const listTotal = listed.headers.get('content-range');
    if (listed.status !== 200 || listTotal?.split('/')[1] !== bare.headers.get('content-range')?.split('/')[1]) {
      throw new Error(
        `the API and the baseline disagree: ${listed.status} ${listTotal} vs ${bare.headers.get('content-range')}`,
      );
    }
    console.log(`[${pass}] List page: ${listPath('/api')} -> ${listTotal}`);

    const enc = (value: unknown) => encodeURIComponent(JSON.stringify(value));
    const periods = Array.from({ length: 3000 }, (_, n) => {
      const from = new Date(Date.UTC(2026, 0, 1 + (n % 30)));
      const to = new Date(Date.UTC(2026, 10, 27 - Math.floor(n / 30)));
      return `/api/reports/overview?from=${from.toISOString().slice(0, 10)}&to=${to.toISOString().slice(0, 10)}`;
    });
    const terms = ['cooperative', 'bruxelles', 'insertion', 'Peeters', 'kringloop', 'Molenbeek', 'agrément', 'Dubois'];
    // What the console's board asks: the open cases as cards, by next action, 1,000 of them.
    const board = `/api/cases/board?filter=${enc({ status: 'open' })}&sort=${enc(['nextActionOn', 'ASC'])}&range=${enc([0, 999])}`;
    const scenarios: Scenario[] = [
      { name: 'list', target: 'bare', role: '-', port: BASE_PORT, paths: [listPath('')] },
      { name: 'list', target: 'traject', role: 'advisor', port: API_PORT, token: advisor, paths: [listPath('/api')] },
      { name: 'list', target: 'traject', role: 'manager', port: API_PORT, token: manager, paths: [listPath('/api')] },
      {
        name: 'organisation',
        target: 'traject',
        role: 'advisor',
        port: API_PORT,
        token: advisor,
        paths: sample.map((id) => `/api/organisations/${id}`),
      },
      {
        name: 'timeline',
        target: 'traject',
        role: 'advisor',
        port: API_PORT,
        token: advisor,
        paths: sample.map((id) => `/api/organisations/${id}/timeline`),
      },
      {
        name: 'search',
        target: 'traject',
        role: 'advisor',
        port: API_PORT,
        token: advisor,
        paths: terms.map((q) => `/api/search?q=${encodeURIComponent(q)}`),
      },
      {
        name: 'meetings',
        target: 'traject',
        role: 'advisor',
        port: API_PORT,
        token: advisor,
        paths: [`/api/meetings?sort=${enc(['occurredAt', 'DESC'])}&range=${enc([0, 24])}`],
      },
      {
        name: 'meetings q',
        target: 'traject',
        role: 'advisor',
        port: API_PORT,
        token: advisor,
        paths: terms.map(
          (q) => `/api/meetings?filter=${enc({ q })}&sort=${enc(['occurredAt', 'DESC'])}&range=${enc([0, 24])}`,
        ),
      },
      { name: 'board', target: 'traject', role: 'advisor', port: API_PORT, token: advisor, paths: [board] },
      { name: 'board', target: 'traject', role: 'manager', port: API_PORT, token: manager, paths: [board] },
      // Each request a period of its own (1 to 30 January to 29 August to 27 November 2026), and one period asked again.
      { name: 'overview', target: 'traject', role: 'manager', port: API_PORT, token: manager, paths: periods },
      { name: 'overview', target: 'traject', role: 'advisor', port: API_PORT, token: advisor, paths: periods },
      {
        name: 'overview again',
        target: 'traject',
        role: 'manager',
        port: API_PORT,
        token: manager,
        paths: ['/api/reports/overview?from=2026-01-01&to=2026-11-27'],
      },
    ];
    // Every path answers 200 before anything is measured; the board's payload is weighed.
    const payload: Record<string, number> = {};
    for (const s of scenarios) {
      for (const path of s.paths.slice(0, 3)) {
        const response = await fetch(`http://127.0.0.1:${s.port}${path}`, {
          headers: { ...(s.token ? { authorization: `Bearer ${s.token}` } : {}), 'accept-encoding': 'identity' },
        });
        const body = await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
        payload[`${s.name}/${s.role}`] = body.byteLength;
      }
    }
    for (const s of scenarios) {
      if (ONLY && !ONLY.includes(s.name)) continue;
      // Warm-up (caches, JIT), not measured.
      await load({ port: s.port, paths: s.paths, token: s.token, connections: 2, duration: 1 });
      for (const [connections, duration] of [
        [1, LIGHT_DURATION],
        [CONNECTIONS, DURATION],
      ]) {
        const result = await load({ port: s.port, paths: s.paths, token: s.token, connections, duration });
        const row: Row = { pass, scenario: s.name, target: s.target, role: s.role, ...result };
        if (row.requests < 5 * connections) row.note = 'too few requests to measure';
        const floor = rows.find((r) => r.scenario === 'list' && r.target === 'bare' && r.connections === connections);
        if (s.name === 'list' && s.target === 'traject' && floor) {
          row.note = `${round(row.rps / floor.rps, 2)}x rps, p50/p95/p99 ${round(row.p50 / floor.p50, 1)}/${round(row.p95 / floor.p95, 1)}/${round(row.p99 / floor.p99, 1)}x`;
        }
        if (s.name === 'board') {
          row.bytes = payload[`${s.name}/${s.role}`];
          row.note = `${round(row.bytes / 1024)} KB per answer (uncompressed)`;
        }
        rows.push(row);
        console.log(table([row]).split('\n')[2]);
      }
    }
    if (!ONLY || ONLY.includes('export')) {
      for (let k = 0; k < 2; k++) exports.push({ ...(await exportOnce(apiPid, manager)), pass, first: false });
      for (const e of exports) {
        rows.push({
          pass,
          scenario: 'export csv',
          target: 'traject',
          role: 'manager',
          connections: 1,
          requests: 1,
          rps: round(1 / e.seconds, 2),
          p50: round(e.seconds * 1000, 0),
          p95: NaN,
          p99: NaN,
          max: round(e.seconds * 1000, 0),
          errors: e.status === 200 ? 0 : 1,
          note: `${e.first ? 'first of the process; ' : ''}${e.lines - 1} rows, ${round(e.bytes / 1048576)} MB; RSS ${e.rssBeforeMb} -> ${e.rssPeakMb} -> ${e.rssAfterMb} MB`,
        });
      }
    }
  } finally {
    await stopChildren();
  }
  return { rows, exports };
}

/** The issue-20 targets, judged in one pass against that pass's own bare floor. */
function judge(
  pass: Pass,
  rows: Row[],
  exports: ExportRun[],
  scale: number,
): Array<{ pass: Pass; budget: string; measured: string; met: boolean }> {
  const pick = (scenario: string, target: string, connections: number, role = 'advisor') =>
    rows.find(
      (r) =>
        r.scenario === scenario &&
        r.target === target &&
        r.connections === connections &&
        (target === 'bare' || r.role === role),
    );
  const budgets: Array<{ budget: string; measured: string; met: boolean }> = [];
  const bare1 = pick('list', 'bare', 1);
  const bareN = pick('list', 'bare', CONNECTIONS);
  for (const role of ['advisor', 'manager']) {
    const list1 = pick('list', 'traject', 1, role);
    const listN = pick('list', 'traject', CONNECTIONS, role);
    if (list1 && listN && bare1 && bareN) {
      budgets.push({
        budget: `list (${role}) >= 0.9x bare req/s at 1 and ${CONNECTIONS}`,
        measured: `${round(list1.rps / bare1.rps, 2)}x (${list1.rps} vs ${bare1.rps}), ${round(listN.rps / bareN.rps, 2)}x (${listN.rps} vs ${bareN.rps})`,
        met: list1.rps >= 0.9 * bare1.rps && listN.rps >= 0.9 * bareN.rps,
      });
      budgets.push({
        budget: `list (${role}) p95 <= 1.2x bare`,
        measured: `${list1.p95} vs ${bare1.p95} ms = ${round(list1.p95 / bare1.p95, 2)}x (1 conn)`,
        met: list1.p95 <= 1.2 * bare1.p95,
      });
    }
  }
  const q1 = pick('meetings q', 'traject', 1);
  const qN = pick('meetings q', 'traject', CONNECTIONS);
  const mN = pick('meetings', 'traject', CONNECTIONS);
  if (q1 && qN && mN) {
    budgets.push({ budget: 'meetings q p95 < 100 ms (1 conn)', measured: `${q1.p95} ms`, met: q1.p95 < 100 });
    budgets.push({
      budget: `meetings q >= 0.5x unsearched req/s at ${CONNECTIONS}`,
      measured: `${qN.rps} vs ${mN.rps} = ${round(qN.rps / mN.rps, 2)}x`,
      met: qN.rps >= 0.5 * mN.rps,
    });
  }
  const search1 = pick('search', 'traject', 1);
  if (search1)
    budgets.push({ budget: 'search p95 < 100 ms (1 conn)', measured: `${search1.p95} ms`, met: search1.p95 < 100 });
  const overview1 = pick('overview', 'traject', 1, 'manager');
  const overviewN = pick('overview', 'traject', CONNECTIONS, 'manager');
  if (overview1 && overviewN) {
    budgets.push({
      budget: 'overview computed p95 < 50 ms (1 conn)',
      measured: `${overview1.p95} ms`,
      met: overview1.p95 < 50,
    });
    budgets.push({
      budget: `overview >= 40 computed req/s at ${CONNECTIONS}`,
      measured: `${overviewN.rps} req/s`,
      met: overviewN.rps >= 40,
    });
  }
  for (const role of ['advisor', 'manager']) {
    const board1 = pick('board', 'traject', 1, role);
    if (board1) {
      budgets.push({
        budget: `board (${role}) p95 < 20 ms (1 conn)`,
        measured: `${board1.p95} ms`,
        met: board1.p95 < 20,
      });
      budgets.push({
        budget: `board (${role}) payload < 150 KB`,
        measured: `${round((board1.bytes ?? NaN) / 1024)} KB`,
        met: (board1.bytes ?? Infinity) < 150 * 1024,
      });
    }
  }
  if (exports.length) {
    const slowest = Math.max(...exports.map((e) => e.seconds));
    const growth = Math.max(...exports.map((e) => e.rssPeakMb - e.rssBeforeMb));
    budgets.push({
      budget: '50,000 organisations CSV < 1 s (first of the process included)',
      measured: `${exports.map((e) => e.seconds).join(' / ')} s`,
      met: slowest < 1 && exports.every((e) => e.lines - 1 >= 50_000 * scale),
    });
    budgets.push({ budget: 'export RSS growth < 100 MB', measured: `+${round(growth)} MB peak`, met: growth < 100 });
  }
  // Every read a person can trigger (each scenario's p95 at one connection) under 100 ms.
  const slow = rows.filter(
    (r) => r.connections === 1 && r.target === 'traject' && r.scenario !== 'export csv' && r.p95 >= 100,
  );
  budgets.push({
    budget: 'every read p95 < 100 ms (1 conn)',
    measured: slow.length ? slow.map((r) => `${r.scenario}/${r.role} ${r.p95} ms`).join(', ') : 'all',
    met: slow.length === 0,
  });
  return budgets.map((b) => ({ pass, ...b }));
}

async function main(): Promise<void> {
  const url = DEFAULT_DB_URL;
  const db = new Client({ connectionString: url });
  await db.connect();
  const meta = await db.query(`SELECT seed, scale, finished_at, counts FROM bench_meta`).catch(() => null);
  if (!meta?.rows.length) throw new Error(`${url} holds no generated data: run npm run bench:generate first`);
  const volumes = (
    await db.query(
      `SELECT relname AS table, n_live_tup::int AS rows FROM pg_stat_user_tables WHERE n_live_tup > 0 ORDER BY relname`,
    )
  ).rows;
  // A deterministic sample of organisations with a real story to tell (the page an advisor opens).
  const sample = (
    await db.query<{ id: string }>(
      `SELECT o.id FROM organisations o WHERE o.last_meeting_at IS NOT NULL AND o.stage IS NOT NULL ORDER BY md5(o.id::text) LIMIT 200`,
    )
  ).rows.map((r) => r.id);
  const pgVersion = (await db.query(`SHOW server_version`)).rows[0].server_version as string;
  const pgSettings = Object.fromEntries(
    (
      await db.query(
        `SELECT name, setting FROM pg_settings WHERE name IN ('shared_buffers', 'work_mem', 'effective_cache_size', 'random_page_cost', 'jit')`,
      )
    ).rows.map((r) => [r.name, r.setting]),
  );
  await db.end();

  // Other work on this small machine (tests, builds) skews every figure: wait a while for a quieter moment, and record the load.
  const waitQuiet = Number(arg('wait-quiet') ?? 60);
  for (let waited = 0; loadavg()[0] > 1.5 && waited < waitQuiet; waited += 5) {
    if (waited === 0)
      console.log(`Load average ${loadavg()[0].toFixed(1)}: waiting up to ${waitQuiet} s for a quieter machine`);
    await sleep(5000);
  }
  const loadBefore = loadavg().map((n) => round(n, 2));
  if (loadBefore[0] > 1.5)
    console.log(
      `WARNING: load average ${loadBefore.join(' ')} before the run: other processes share these 2 cores; figures are pessimistic.`,
    );
  console.log(
    `Database ${url}: seed ${meta.rows[0].seed}, scale ${meta.rows[0].scale}; ${volumes.map((v) => `${v.table} ${v.rows}`).join(', ')}`,
  );

  const passes: Pass[] = arg('pass') ? [arg('pass') as Pass] : ['idle', 'busy'];
  const rows: Row[] = [];
  const exports: ExportRun[] = [];
  const budgets: ReturnType<typeof judge> = [];
  for (const pass of passes) {
    // The busy pass: a neighbour spinning on one of the cores for the whole pass.
    const neighbour = pass === 'busy' ? startBusyNeighbour() : undefined;
    try {
      console.log(
        `\n${pass === 'busy' ? 'Busy machine pass: one core kept busy by a spinning process' : 'Idle machine pass'}`,
      );
      const measured = await runPass(pass, url, sample);
      rows.push(...measured.rows);
      exports.push(...measured.exports);
      budgets.push(...judge(pass, measured.rows, measured.exports, Number(meta.rows[0].scale)));
    } finally {
      neighbour?.kill('SIGKILL');
    }
  }
  console.log('');
  console.log(table(rows));
  console.log('');
  for (const b of budgets)
    console.log(`${b.met ? 'MET   ' : 'MISSED'}  ${b.pass.padEnd(4)}  ${b.budget.padEnd(62)} ${b.measured}`);

  const result = {
    at: new Date().toISOString(),
    machine: {
      loadAverageBefore: loadBefore,
      loadAverageAfter: loadavg().map((n) => round(n, 2)),
      cpus: cpus().length,
      cpu: cpus()[0]?.model,
      memoryGb: round(totalmem() / 2 ** 30),
      node: process.version,
      postgres: pgVersion,
      postgresSettings: pgSettings,
    },
    data: { seed: meta.rows[0].seed, scale: Number(meta.rows[0].scale), volumes, generated: meta.rows[0].finished_at },
    settings: {
      durationSeconds: DURATION,
      lightDurationSeconds: LIGHT_DURATION,
      connections: CONNECTIONS,
      listParams: LIST_PARAMS,
      passes,
    },
    rows,
    exports,
    budgets,
  };
  const dir = resolve(REPO, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const json = JSON.stringify(result, null, 2);
  writeFileSync(resolve(dir, `${result.at.slice(0, 19).replace(/:/g, '-')}.json`), json);
  // A partial run (--only, --pass) is kept under its date but does not replace the latest full table.
  const partial = Boolean(ONLY || arg('pass'));
  if (!partial) writeFileSync(resolve(dir, 'latest.json'), json);
  console.log(
    `\nWritten to bench/results/${partial ? `${result.at.slice(0, 19).replace(/:/g, '-')}.json (partial run)` : 'latest.json'}`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
