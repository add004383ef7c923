import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { DEMO_PASSWORD } from '../../../api/src/seed/demo-users';
import { piecesOf, pngOfSize, streamUpload } from '../../support/documents';
import { RunningServer, startServer } from '../../support/server';

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

/** Downloads a file, hashing it as it comes (nothing kept). */
function download(port: number, path: string, token: string): Promise<{ sha: string; bytes: number }> {
  return new Promise((resolve, reject) => {
    httpRequest({ host: '127.0.0.1', port, path, headers: { Authorization: `Bearer ${token}` } }, (res) => {
      const hash = createHash('sha256');
      let bytes = 0;
      res.on('data', (d: Buffer) => {
        hash.update(d);
        bytes += d.length;
      });
      res.on('end', () => resolve({ sha: hash.digest('hex'), bytes }));
    })
      .on('error', reject)
      .end();
  });
}

/** The built API as its own process (as in production), its RSS read from /proc while a 25 MB file goes in and out. */
describe('documents: streamed both ways', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ TRAJECT_JOBS: '0' });
  });
  afterAll(() => server?.stop());

  it('a 25 MB file goes through the API both ways byte for byte, its RSS up by less than 30 MB', async () => {
    const port = Number(new URL(server.url).port);
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'coordinator@demo.traject.brussels', password: DEMO_PASSWORD }),
    });
    const { accessToken } = await login.json();
    const org = await (
      await fetch(`${server.url}/api/organisations`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${accessToken}` },
        body: JSON.stringify({ name: 'Mémoire plate' }),
      })
    ).json();
    const size = 25 * 1024 * 1024;
    const expected = createHash('sha256');
    for (const piece of piecesOf(pngOfSize(64), size)) expected.update(piece);
    const digest = expected.digest('hex');
    // Warm up: one upload and download of a 3 MB file (past the in-memory extraction size) so that what is
    // loaded and compiled once, and the pool's connections, are not counted as the file's.
    const warm = await streamUpload(
      port,
      '/api/documents',
      accessToken,
      { organisationId: org.id, kind: 'other' },
      { name: 'warm.png', pieces: () => piecesOf(pngOfSize(64), 3 * 1024 * 1024) },
    );
    await download(port, `/api/documents/${warm.body.id}/content`, accessToken);

    const pid = server.process.pid!;
    const before = rssMb(pid);
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 5);
    let upload: Awaited<ReturnType<typeof streamUpload>>;
    let downloaded: { sha: string; bytes: number };
    const started = Date.now();
    let uploadMs = 0;
    let uploadPeak = before;
    try {
      upload = await streamUpload(
        port,
        '/api/documents',
        accessToken,
        { organisationId: org.id, kind: 'other' },
        { name: 'scan.png', pieces: () => piecesOf(pngOfSize(64), size) },
      );
      uploadMs = Date.now() - started;
      uploadPeak = peak;
      downloaded = await download(port, `/api/documents/${upload.body.id}/content`, accessToken);
    } finally {
      clearInterval(sampler);
    }
    const downloadMs = Date.now() - started - uploadMs;
    console.log(
      `25 MB through the API: upload ${uploadMs} ms, download ${downloadMs} ms; RSS ${before.toFixed(1)} -> peak ${peak.toFixed(1)} MB (+${(peak - before).toFixed(1)}; +${(uploadPeak - before).toFixed(1)} by the end of the upload)`,
    );
    expect(upload!.status).toBe(201);
    expect(upload!.body.sha256).toBe(digest);
    expect(downloaded!).toEqual({ sha: digest, bytes: size });
    // The target: RSS up by less than 30 MB for a 25 MB round trip (README "Documents").
    expect(peak - before).toBeLessThan(30);
  });
});
