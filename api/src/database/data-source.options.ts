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
    extra: { max: 10, connectionTimeoutMillis: 5000, statement_timeout: 30000 },
  };
}
