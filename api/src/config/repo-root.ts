import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The checkout's top folder, whether the code runs from api/src (tests) or api/dist. */
export function repoRoot(): string {
  let dir = __dirname;
  while (dirname(dir) !== dir) {
    if (existsSync(join(dir, 'api', 'package.json')) && existsSync(join(dir, 'migrations'))) return dir;
    dir = dirname(dir);
  }
  return process.cwd();
}
