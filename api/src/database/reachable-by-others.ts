import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * The first folder on the way to `path` that a user other than its owner and group cannot enter (no execute bit
 * for others), or null when every folder may be entered. As root, the embedded PostgreSQL runs as the `postgres`
 * user, who must reach both its binaries and its cluster.
 */
export function closedFolderOnTheWay(path: string): string | null {
  let folder = resolve(path);
  const folders: string[] = [];
  for (;;) {
    folders.unshift(folder);
    const parent = dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  for (const candidate of folders) {
    let mode: number;
    try {
      mode = statSync(candidate).mode;
    } catch {
      return null; // not created yet: its parent was open, and Traject creates it open
    }
    if ((mode & 0o001) === 0) return candidate;
  }
  return null;
}

/** The one sentence `npm start` stops with when the embedded server could not reach what it needs. */
export function unreachableSentence(folder: string): string {
  return (
    `Traject cannot start its embedded PostgreSQL as root here: it runs as the user "postgres", who may not enter ${folder}; ` +
    `move the checkout (or TRAJECT_DATA_DIR) under a folder others may enter, or start Traject as an ordinary user, or set DATABASE_URL to a PostgreSQL of your own.`
  );
}
