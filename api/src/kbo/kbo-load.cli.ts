import 'reflect-metadata';
import { HttpException } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { basename, resolve } from 'node:path';
import { AppModule } from '../app.module';
import { loadConfig } from '../config/app.config';
import { prepareRuntime } from '../database/runtime';
import { KboLoadsService } from './kbo-loads.service';

/**
 * `npm run kbo:load -- path/to/KboOpenData_0140_2026_11_Full.zip [more.zip …]`: loads extracts in the
 * order given (a full one, then its monthly updates), with the same checks as the console's upload,
 * printing each extract's number, snapshot date, counts and duration.
 */
async function main(): Promise<void> {
  const files = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  if (!files.length)
    throw new Error('usage: npm run kbo:load -- path/to/KboOpenData_NNNN_YYYY_MM_Full.zip [update.zip …]');
  const runtime = await prepareRuntime(
    loadConfig({
      ...process.env,
      JWT_SECRET: process.env.JWT_SECRET || 'x'.repeat(32),
      TRAJECT_JOBS: '0',
      TRAJECT_DEMO: '0',
    }),
  );
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(runtime.config), {
    logger: ['warn', 'error'],
  });
  try {
    const loads = app.get(KboLoadsService);
    for (const file of files) {
      const started = Date.now();
      const ticker = setInterval(() => process.stdout.write('.'), 5000);
      try {
        const load = await loads.load(resolve(file), basename(file), null);
        const counts = Object.entries(load.counts)
          .map(([name, count]) => `${name} ${count}`)
          .join(', ');
        console.log(
          `\n${basename(file)}: extract ${load.extractNumber} (${load.extractType}, snapshot ${load.snapshotDate}) loaded in ${((Date.now() - started) / 1000).toFixed(1)} s; ${counts}; ${load.changedOrganisations} organisations changed`,
        );
      } finally {
        clearInterval(ticker);
      }
    }
  } finally {
    await app.close();
    await runtime.stop();
  }
}

main().catch((error) => {
  const body =
    error instanceof HttpException ? (error.getResponse() as { code?: string; message?: string }) : undefined;
  console.error(body ? `${body.code}: ${body.message}` : error instanceof Error ? error.message : error);
  process.exit(1);
});
