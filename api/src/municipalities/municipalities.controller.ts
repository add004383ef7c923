import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { applyConditions, setContentRange } from '../common/list/list-page';
import { ApiListQuery, ListParams } from '../common/list/list-params.decorator';
import type { ListQuery } from '../common/list/list-query';
import { ListSpec } from '../common/list/list-spec';

export interface MunicipalityRecord {
  id: string;
  nameFr: string;
  nameNl: string;
  postcodes: string[];
}

const municipalitiesList: ListSpec = {
  resource: 'municipalities',
  fields: {
    id: { column: 'm.nis_code', type: 'text' },
    nameFr: { column: 'm.name_fr', type: 'text' },
    nameNl: { column: 'm.name_nl', type: 'text' },
    postcodes: { column: 'm.postcodes', type: 'array', sortable: false },
  },
  search: `m.name_fr || ' ' || m.name_nl || ' ' || array_to_string(m.postcodes, ' ')`,
  defaultSort: { field: 'nameFr', order: 'ASC' },
};

/** The 19 Brussels municipalities (reference data, read-only), as a simple-REST resource keyed by NIS code. */
@ApiTags('municipalities')
@ApiBearerAuth()
@Controller('municipalities')
export class MunicipalitiesController {
  constructor(private readonly db: DataSource) {}

  @Get()
  @ApiListQuery(municipalitiesList)
  async list(@ListParams(municipalitiesList) query: ListQuery, @Res({ passthrough: true }) res: Response): Promise<MunicipalityRecord[]> {
    const qb = this.db
      .createQueryBuilder()
      .select(['m.nis_code AS id', 'm.name_fr AS "nameFr"', 'm.name_nl AS "nameNl"', 'm.postcodes AS postcodes'])
      .from('municipalities', 'm');
    applyConditions(qb, query.conditions);
    const rows: MunicipalityRecord[] = await qb.orderBy(query.sort.column, query.sort.order).getRawMany();
    const page = { rows: rows.slice(query.range.start, query.range.end + 1), total: rows.length };
    setContentRange(res, municipalitiesList.resource, query, page);
    return page.rows;
  }

  @Get(':id')
  async get(@Param('id') id: string): Promise<MunicipalityRecord> {
    const [row] = await this.db.query(`SELECT nis_code AS id, name_fr AS "nameFr", name_nl AS "nameNl", postcodes FROM municipalities WHERE nis_code = $1`, [id]);
    if (!row) throw new NotFoundException(`No Brussels municipality with NIS code ${id}`);
    return row;
  }
}
