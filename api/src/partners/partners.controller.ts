import { Body, Controller, Delete, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/auth/roles.decorator';
import { ListSpec } from '../common/list/list-spec';
import { ResourceReads } from '../common/list/resource-reads';
import { PARTNER_KINDS } from '../domain/partners';
import { Partner } from './partner.entity';
import { CreatePartnerDto, UpdatePartnerDto } from './partners.dto';
import { PartnerIdPipe, PartnersService } from './partners.service';

const partnersList: ListSpec = {
  resource: 'partners',
  fields: {
    id: { column: 'p.id', type: 'text' },
    kind: { column: 'p.kind', type: 'enum', values: PARTNER_KINDS },
    active: { column: 'p.active', type: 'boolean' },
    nameFr: { column: 'p.name_fr', sortColumn: 'lower(p.name_fr)', type: 'text' },
    nameNl: { column: 'p.name_nl', sortColumn: 'lower(p.name_nl)', type: 'text' },
    createdAt: { column: 'p.created_at', type: 'datetime' },
  },
  search: `p.id || ' ' || p.name_fr || ' ' || p.name_nl`,
  defaultSort: { field: 'nameFr', order: 'ASC' },
};

/** Referral partners: admins keep them (COOPCITY and BISSIB to start with), everyone reads them. */
@ApiTags('partners')
@ApiBearerAuth()
@Controller('partners')
export class PartnersController extends ResourceReads<Partner>(partnersList, PartnerIdPipe) {
  constructor(private readonly partners: PartnersService) {
    super();
  }

  protected get reader() {
    return this.partners;
  }

  @Post()
  @Roles('admin')
  create(@Body() dto: CreatePartnerDto): Promise<Partner> {
    return this.partners.create(dto);
  }

  @Put(':id')
  @Roles('admin')
  update(@Param('id', PartnerIdPipe) id: string, @Body() dto: UpdatePartnerDto): Promise<Partner> {
    return this.partners.update(id, dto);
  }

  @Delete(':id')
  @Roles('admin')
  retire(@Param('id', PartnerIdPipe) id: string): Promise<Partner> {
    return this.partners.retire(id);
  }
}
