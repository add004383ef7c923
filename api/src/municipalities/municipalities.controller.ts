import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { setContentRange } from '../common/list/list-page';
import { ApiListQuery, ListParams } from '../common/list/list-params.decorator';
import type { ListQuery } from '../common/list/list-query';
import { ListSpec } from '../common/list/list-spec';
import { MunicipalitiesService, MunicipalityRecord } from './municipalities.service';

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
  constructor(private readonly municipalities: MunicipalitiesService) {}

  @Get()
  @ApiListQuery(municipalitiesList)
  async list(
    @ListParams(municipalitiesList) query: ListQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<MunicipalityRecord[]> {
    const page = await this.municipalities.list(query);
    setContentRange(res, municipalitiesList.resource, query, page);
    return page.rows;
  }

  @Get(':id')
  get(@Param('id') id: string): Promise<MunicipalityRecord> {
    return this.municipalities.get(id);
  }
}
