import { DataSourceOptions } from 'typeorm';
import { migrations } from '../../../migrations';
import { entities } from './entities';

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    // JIT compiles plans for milliseconds of work on every report query: off for this OLTP workload.
    extra: { max: 10, connectionTimeoutMillis: 5000, statement_timeout: 30000, options: '-c jit=off' },
  };
}
