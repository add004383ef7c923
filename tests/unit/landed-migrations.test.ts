import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrations } from '../../migrations';
import { LANDED_MIGRATIONS } from '../../migrations/landed';

/**
 * A landed migration is history: databases out there ran it as it was. These checks fail the build when
 * one is edited, when a migration reaches for code outside itself, or when one is not registered.
 */
const folder = join(__dirname, '../../migrations');
const files = readdirSync(folder)
  .filter((file) => /^\d{13}-\w+\.ts$/.test(file))
  .sort();
const text = (file: string) => readFileSync(join(folder, file), 'utf8').replace(/\r\n/g, '\n');
const sha256 = (file: string) => createHash('sha256').update(text(file)).digest('hex');

describe('landed migrations', () => {
  it.each(files)('%s is unchanged since it landed', (file) => {
    const landed = LANDED_MIGRATIONS[file];
    if (landed === undefined) {
      throw new Error(
        `${file} is new: when it lands, add this line to migrations/landed.ts (its checksum freezes it):\n  '${file}': '${sha256(file)}',`,
      );
    }
    if (landed !== sha256(file)) {
      throw new Error(
        `${file} changed after it landed. A landed migration is history (databases ran it as it was): restore it and add a new migration instead.`,
      );
    }
  });

  it('lists no migration that is gone', () => {
    expect(Object.keys(LANDED_MIGRATIONS).filter((file) => !files.includes(file))).toEqual([]);
  });

  it.each(files)('%s imports only typeorm and exports only its class', (file) => {
    const imports = [...text(file).matchAll(/(?:from|import|require\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
    expect(imports.filter((from) => from !== 'typeorm')).toEqual([]);
    const exports = [...text(file).matchAll(/^export\s+(?:default\s+)?(\w+)\s+(\w+)/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(exports).toEqual([`class ${file.replace(/^(\d+)-(\w+)\.ts$/, '$2$1')}`]);
  });

  // TypeORM runs them in timestamp order whatever the order of the list.
  it('registers every migration in migrations/index.ts', () => {
    const registered = migrations
      .map((migration) => migration.name)
      .sort((a, b) => a.slice(-13).localeCompare(b.slice(-13)));
    expect(registered).toEqual(files.map((file) => file.replace(/^(\d+)-(\w+)\.ts$/, '$2$1')));
  });
});
