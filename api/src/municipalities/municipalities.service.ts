import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { coded } from '../common/errors/coded-error';
import { applyConditions, ListPage } from '../common/list/list-page';
import type { ListQuery } from '../common/list/list-query';

export interface MunicipalityRecord {
  id: string;
  nameFr: string;
  nameNl: string;
  postcodes: string[];
}

const COLUMNS = ['m.nis_code AS id', 'm.name_fr AS "nameFr"', 'm.name_nl AS "nameNl"', 'm.postcodes AS postcodes'];

@Injectable()
export class MunicipalitiesService {
  constructor(private readonly db: DataSource) {}

  async list(query: ListQuery): Promise<ListPage<MunicipalityRecord>> {
    const matching = applyConditions(this.db.createQueryBuilder().from('municipalities', 'm'), query.conditions);
    const [rows, total] = await Promise.all([
      matching
        .clone()
        .select(COLUMNS)
        .orderBy(query.sort.column, query.sort.order)
        .addOrderBy('m.nis_code')
        .offset(query.range.start)
        .limit(query.range.end - query.range.start + 1)
        .getRawMany<MunicipalityRecord>(),
      matching.clone().select('count(*)::int', 'n').getRawOne<{ n: number }>(),
    ]);
    return { rows, total: total?.n ?? 0 };
  }

  async get(nisCode: string): Promise<MunicipalityRecord> {
    const [row] = await this.db.query(`SELECT ${COLUMNS.join(', ')} FROM municipalities m WHERE m.nis_code = $1`, [
      nisCode,
    ]);
    if (!row) throw new NotFoundException(coded('record.not_found'));
    return row;
  }
}
