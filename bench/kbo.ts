/**
 * `npm run bench:kbo` (and the end of `npm run bench`): the KBO open data at national scale, or the
 * fraction of it this machine has time for.
 *
 *   node bench/dist/bench/kbo.js [--scale=0.1] [--requests=300] [--port=3911]
 *
 * 1. Generates a fictional full extract and its monthly update in the official format (bench/data/,
 *    kept for the next run of the same scale).
 * 2. Starts the built API (its own process, job queue on) on a fresh database, signs in as an admin,
 *    uploads the full extract as the console does, and while the queue loads it: samples the API's RSS
 *    every 100 ms and asks for the organisations list and a KBO lookup every 200 ms (the API serving
 *    normally during a load).
 * 3. Lookup by number and name search over all denominations, one request at a time, p50/p95.
 * 4. Uploads the update (20,000 enterprises changed) and times it.
 * Prints one table and writes bench/results/kbo-<date>.json.
 */
import { existsSync, mkdirSync, openAsBlob, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { arg } from './common';
import { freshDatabase as freshDatabaseAt, rssMb, startBuiltApi } from './api-process';
import { enterpriseName, kboNumberOf, sizesAt, writeFullExtract, writeUpdateExtract } from './kbo-extract';

const REPO = resolve(__dirname, '../../..');
const SCALE = Number(arg('scale') ?? 0.1);
const REQUESTS = Number(arg('requests') ?? 300);
const PORT = Number(arg('port') ?? 3911);
const DB_URL = process.env.BENCH_KBO_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/traject_bench_kbo';
const BASE = `http://127.0.0.1:${PORT}`;

const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function extracts(): Promise<{ full: string; update: string; sizes: ReturnType<typeof sizesAt> }> {
  const dir = resolve(REPO, 'bench/data');
  mkdirSync(dir, { recursive: true });
  const sizes = sizesAt(SCALE);
  const full = resolve(dir, `KboOpenData_0140_2026_11_Full_scale${SCALE}.zip`);
  const update = resolve(dir, `KboOpenData_0141_2026_12_Update_scale${SCALE}.zip`);
  if (!existsSync(full)) {
    const started = Date.now();
    await writeFullExtract(`${full}.part`, sizes, 140);
    await import('node:fs/promises').then((fs) => fs.rename(`${full}.part`, full));
    console.log(
      `full extract generated in ${((Date.now() - started) / 1000).toFixed(0)} s: ${(statSync(full).size / 1e6).toFixed(0)} MB zipped`,
    );
  }
  if (!existsSync(update)) await writeUpdateExtract(update, sizes, 141);
  return { full, update, sizes };
}

const startApi = () => startBuiltApi(PORT, DB_URL, { TRAJECT_JOBS: '1' });
const freshDatabase = () => freshDatabaseAt(DB_URL);

async function timed(path: string, token: string): Promise<{ ms: number; status: number }> {
  const started = process.hrtime.bigint();
  const response = await fetch(`${BASE}${path}`, { headers: { authorization: `Bearer ${token}` } });
  await response.arrayBuffer();
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, status: response.status };
}

/** Uploads an extract as the console does, then follows its load to the end; RSS and serving probes meanwhile. */
async function load(file: string, token: string, pid: number, probeNumber: string) {
  const rss: number[] = [];
  const probes: number[] = [];
  let probeErrors = 0;
  let running = true;
  // Where the peak happens: the upload, or a step of the load (the entry being copied, or the swap).
  let phase = 'upload';
  const phases: string[] = [];
  const sampler = setInterval(() => {
    rss.push(rssMb(pid));
    phases.push(phase);
  }, 100);
  const prober = (async () => {
    while (running) {
      const list = await timed(`/api/organisations?range=${encodeURIComponent('[0,24]')}`, token);
      const lookup = await timed(`/api/kbo/enterprises/${probeNumber}`, token);
      probes.push(list.ms, lookup.ms);
      if (list.status !== 200 || ![200, 404].includes(lookup.status)) probeErrors++;
      await sleep(200);
    }
  })();
  const started = Date.now();
  const form = new FormData();
  form.append('file', await openAsBlob(file), file.replace(/^.*\//, '').replace(/_scale[\d.]+(?=\.zip$)/, ''));
  const response = await fetch(`${BASE}/api/kbo/loads`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  const accepted = (await response.json()) as { id: string };
  if (response.status !== 202) throw new Error(`upload refused: ${response.status} ${JSON.stringify(accepted)}`);
  const uploadedMs = Date.now() - started;
  phase = 'queued';
  let result: {
    status: string;
    durationMs: number;
    counts: Record<string, number>;
    error: string | null;
    progress?: { entry?: string; step?: number };
  };
  for (;;) {
    await sleep(500);
    result = (await (
      await fetch(`${BASE}/api/kbo/loads/${accepted.id}`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as typeof result;
    if (result.status !== 'running') break;
    phase = result.progress?.entry ?? `step ${result.progress?.step ?? 0}`;
  }
  running = false;
  await prober;
  clearInterval(sampler);
  if (result.status !== 'done') throw new Error(`load failed: ${result.error}`);
  return {
    uploadSeconds: round(uploadedMs / 1000),
    loadSeconds: round(result.durationMs / 1000),
    totalSeconds: round((Date.now() - started) / 1000),
    rssStartMb: round(rss[0] ?? NaN),
    rssPeakMb: round(Math.max(...rss)),
    rssPeakDuring: phases[rss.indexOf(Math.max(...rss))],
    rssPeakByPhase: Object.fromEntries(
      [...new Set(phases)].map((p) => [p, round(Math.max(...rss.filter((_, i) => phases[i] === p)))]),
    ),
    servingP50: round(percentile(probes, 50)),
    servingP95: round(percentile(probes, 95)),
    servingMax: round(Math.max(...probes)),
    servingRequests: probes.length,
    servingErrors: probeErrors,
    counts: result.counts,
  };
}

async function latencies(
  paths: string[],
  token: string,
): Promise<{ p50: number; p95: number; max: number; errors: number }> {
  for (const path of paths.slice(0, 20)) await timed(path, token); // warm-up, not counted
  const times: number[] = [];
  let errors = 0;
  for (let i = 0; i < REQUESTS; i++) {
    const { ms, status } = await timed(paths[i % paths.length], token);
    times.push(ms);
    if (status !== 200) errors++;
  }
  return {
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    max: round(Math.max(...times)),
    errors,
  };
}

async function main(): Promise<void> {
  const { full, update, sizes } = await extracts();
  await freshDatabase();
  const api = await startApi();
  try {
    const login = await fetch(`${BASE}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@demo.traject.brussels', password: 'traject-demo-2026' }),
    });
    const { accessToken: token } = (await login.json()) as { accessToken: string };
    const pid = api.pid!;
    const probeNumber = kboNumberOf(7).replace(/\./g, '');
    const fullLoad = await load(full, token, pid, probeNumber);
    const spread = (i: number) => Math.floor((i * 7919) % sizes.enterprises);
    const numbers = Array.from(
      { length: 200 },
      (_, i) => `/api/kbo/enterprises/${kboNumberOf(spread(i)).replace(/\./g, '')}`,
    );
    // What people type: a whole name, the distinctive words of one, a name with a typo.
    const names = Array.from({ length: 60 }, (_, i) => {
      const words = enterpriseName(spread(i * 13 + 5)).split(' ');
      const q =
        i % 3 === 0
          ? words.join(' ')
          : i % 3 === 1
            ? words.slice(-2).join(' ')
            : words.join(' ').replace(/([aeiou])/, '$1$1');
      return `/api/kbo/enterprises?q=${encodeURIComponent(q)}`;
    });
    const lookup = await latencies(numbers, token);
    const search = await latencies(names, token);
    const updateLoad = await load(update, token, pid, probeNumber);
    const result = {
      at: new Date().toISOString(),
      scale: SCALE,
      machine: 'this 2-core machine, shared with other work while measured',
      sizes,
      full: fullLoad,
      update: updateLoad,
      lookup,
      search,
    };
    mkdirSync(resolve(REPO, 'bench/results'), { recursive: true });
    writeFileSync(
      resolve(REPO, `bench/results/kbo-${result.at.slice(0, 19).replace(/:/g, '-')}.json`),
      JSON.stringify(result, null, 2),
    );
    console.log(`KBO at scale ${SCALE} (${sizes.enterprises} enterprises; rows: ${JSON.stringify(fullLoad.counts)})`);
    console.table({
      'full load': {
        seconds: fullLoad.loadSeconds,
        'API RSS peak MB': fullLoad.rssPeakMb,
        'serving p95 ms': fullLoad.servingP95,
        'serving errors': fullLoad.servingErrors,
      },
      'monthly update': {
        seconds: updateLoad.loadSeconds,
        'API RSS peak MB': updateLoad.rssPeakMb,
        'serving p95 ms': updateLoad.servingP95,
        'serving errors': updateLoad.servingErrors,
      },
    });
    console.table({ 'lookup by number': lookup, 'name search': search });
  } finally {
    api.kill('SIGTERM');
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
