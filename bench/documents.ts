/**
 * `npm run bench:documents` (and the end of `npm run bench`): upload and download throughput of a
 * 25 MB file through the built API (its own process, loopback), and what its RSS does meanwhile.
 *
 *   node bench/dist/bench/documents.js [--rounds=3] [--mb=25] [--port=3912]
 *
 * Each round uploads a different 25 MB file (the same content twice would be offered back as a
 * duplicate) as multipart, streamed from this process, then downloads it and checks its SHA-256.
 * A 3 MB round trip first warms the process up (code loaded and compiled, pool connections opened).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { resolve } from 'node:path';
import { arg } from './common';
import { freshDatabase as freshDatabaseAt, rssMb, startBuiltApi } from './api-process';
import { piecesOf, pngOfSize, streamUpload } from '../tests/support/documents';

const REPO = resolve(__dirname, '../../..');
const ROUNDS = Number(arg('rounds') ?? 3);
const MB = Number(arg('mb') ?? 25);
const PORT = Number(arg('port') ?? 3912);
const DB_URL = process.env.BENCH_DOCUMENTS_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/traject_bench_documents';
const BASE = `http://127.0.0.1:${PORT}`;
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

const startApi = () => startBuiltApi(PORT, DB_URL);
const freshDatabase = () => freshDatabaseAt(DB_URL);

function download(path: string, token: string): Promise<{ sha: string; bytes: number }> {
  return new Promise((done, fail) => {
    request({ host: '127.0.0.1', port: PORT, path, headers: { Authorization: `Bearer ${token}` } }, (res) => {
      const hash = createHash('sha256');
      let bytes = 0;
      res.on('data', (d: Buffer) => {
        hash.update(d);
        bytes += d.length;
      });
      res.on('end', () => done({ sha: hash.digest('hex'), bytes }));
    })
      .on('error', fail)
      .end();
  });
}

async function main(): Promise<void> {
  await freshDatabase();
  const api = await startApi();
  try {
    const pid = api.pid!;
    const login = await fetch(`${BASE}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'coordinator@demo.traject.brussels', password: 'traject-demo-2026' }),
    });
    const { accessToken: token } = (await login.json()) as { accessToken: string };
    const org = (await (
      await fetch(`${BASE}/api/organisations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ name: 'Banc d’essai documents' }),
      })
    ).json()) as { id: string };
    const size = MB * 1024 * 1024;
    const warm = await streamUpload(
      PORT,
      '/api/documents',
      token,
      { organisationId: org.id, kind: 'other' },
      { name: 'warm.png', pieces: () => piecesOf(pngOfSize(64), 3 * 1024 * 1024) },
    );
    await download(`/api/documents/${warm.body.id}/content`, token);
    const rounds = [];
    for (let r = 0; r < ROUNDS; r++) {
      const first = pngOfSize(64 + r);
      const expected = createHash('sha256');
      for (const piece of piecesOf(first, size)) expected.update(piece);
      const sha = expected.digest('hex');
      const before = rssMb(pid);
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 5);
      const t0 = process.hrtime.bigint();
      const up = await streamUpload(
        PORT,
        '/api/documents',
        token,
        { organisationId: org.id, kind: 'other' },
        { name: `scan-${r}.png`, pieces: () => piecesOf(first, size) },
      );
      const t1 = process.hrtime.bigint();
      const down = await download(`/api/documents/${up.body.id}/content`, token);
      const t2 = process.hrtime.bigint();
      clearInterval(sampler);
      if (up.status !== 201 || up.body.sha256 !== sha || down.sha !== sha || down.bytes !== size)
        throw new Error(`round ${r}: upload ${up.status}, checksums differ`);
      const upS = Number(t1 - t0) / 1e9;
      const downS = Number(t2 - t1) / 1e9;
      rounds.push({
        uploadSeconds: round(upS, 2),
        uploadMBps: round(MB / upS),
        downloadSeconds: round(downS, 2),
        downloadMBps: round(MB / downS),
        rssBeforeMb: round(before),
        rssGrowthMb: round(peak - before),
      });
    }
    const result = {
      at: new Date().toISOString(),
      fileMb: MB,
      machine: 'this 2-core machine, shared with other work while measured',
      rounds,
    };
    mkdirSync(resolve(REPO, 'bench/results'), { recursive: true });
    writeFileSync(
      resolve(REPO, `bench/results/documents-${result.at.slice(0, 19).replace(/:/g, '-')}.json`),
      JSON.stringify(result, null, 2),
    );
    console.log(`Documents: a ${MB} MB file up and down through the API (loopback), ${ROUNDS} rounds`);
    console.table(rounds);
  } finally {
    api.kill('SIGTERM');
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
