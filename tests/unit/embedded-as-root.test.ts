import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../api/src/database/embedded-postgres.launcher';
import { closedFolderOnTheWay, unreachableSentence } from '../../api/src/database/reachable-by-others';

/** Issue 17: `npm start` as root in a checkout only root may enter stops with one sentence, not `spawn initdb EACCES`. */
describe('the embedded PostgreSQL as root', () => {
  let closed: string;
  beforeAll(() => {
    closed = mkdtempSync(join(tmpdir(), 'traject-root-only-')); // mode 700, as mktemp -d makes it
  });
  afterAll(() => rmSync(closed, { recursive: true, force: true }));

  it('finds the first folder on the way that others may not enter', () => {
    const inside = join(closed, 'checkout', '.data', 'postgres');
    expect(closedFolderOnTheWay(inside)).toBe(closed);
    const open = join(closed, 'open');
    mkdirSync(open);
    chmodSync(open, 0o755);
    chmodSync(closed, 0o711);
    expect(closedFolderOnTheWay(join(open, 'x'))).toBeNull();
    chmodSync(closed, 0o700);
  });

  const asRoot = process.getuid?.() === 0 ? it : it.skip;
  asRoot(
    'stops with one clear sentence naming the folder, before running initdb, when the data folder is under it',
    async () => {
      const failure = await startEmbeddedPostgres(join(closed, 'checkout', '.data')).then(
        () => null,
        (error: Error) => error,
      );
      expect(failure?.message).toBe(unreachableSentence(closed));
      expect(failure?.message).not.toMatch(/EACCES|\n/);
    },
  );
});
