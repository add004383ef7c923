import { execSync } from 'node:child_process';
import type { Browser } from 'playwright-core';

/** Debian's chromium, or undefined (and one clear line) where the machine has none. */
export function chromiumPath(): string | undefined {
  for (const candidate of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (candidate && existsSyncSafe(candidate)) return candidate;
  }
  try {
    return execSync('command -v chromium', { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

function existsSyncSafe(path: string): boolean {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('node:fs').existsSync(path);
}

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

/** `describe` when Chromium is there; otherwise the suite is skipped with one line saying why. */
export const describeInBrowser: jest.Describe = chromiumPath()
  ? describe
  : ((name: string, fn: () => void) => {
      console.log(`Browser tests skipped: no Chromium on this machine (apt-get install -y chromium). Suite: ${name}`);
      describe.skip(name, fn);
    }) as jest.Describe;
