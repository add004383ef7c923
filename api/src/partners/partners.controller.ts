import { BadRequestException, Body, ConflictException, Controller, Delete, Injectable, NotFoundException, Param, PipeTransform, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DataSource, EntityManager } from 'typeorm';
import { Roles } from '../common/auth/roles.decorator';
import { ValidationFailed } from '../common/errors/validation-errors';
import { updateAtVersion } from '../common/http/versioned-update';
import { fetchPage, ListPage } from '../common/list/list-page';
import type { ListQuery } from '../common/list/list-query';
import { ListSpec } from '../common/list/list-spec';
import { ResourceReads } from '../common/list/resource-reads';
import { PARTNER_ID, PARTNER_KINDS, type PartnerKind } from '../domain/partners';
import { Partner } from './partner.entity';
import { CreatePartnerDto, UpdatePartnerDto } from './partners.dto';

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

/** The partner a referral or a programme names: active, and its kind (which decides the rules). For other concepts. */
export async function partnerOf(manager: EntityManager, id: string, field = 'partner'): Promise<{ id: string; kind: PartnerKind; active: boolean }> {
  const [partner] = await manager.query(`SELECT id, kind, active FROM partners WHERE id = $1`, [id]);
  if (!partner) throw new ValidationFailed({ [field]: `${field} must be the id of a partner (GET /api/partners)` });
  return partner;
}

/** A partner id in a path: its code, never a free string reaching SQL unchecked. */
@Injectable()
export class PartnerIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!PARTNER_ID.test(value)) throw new BadRequestException({ message: 'id must be a partner code', errors: { id: 'id must be 2 to 40 lower-case letters, digits, - or _' } });
    return value;
  }
}

@Injectable()
export class PartnersService {
  constructor(private readonly db: DataSource) {}

  list(query: ListQuery): Promise<ListPage<Partner>> {
    return fetchPage(this.db.getRepository(Partner).createQueryBuilder('p'), query, 'p.id');
  }

  async get(id: string): Promise<Partner> {
    const found = await this.db.getRepository(Partner).findOne({ where: { id } });
    if (!found) throw new NotFoundException(`No partner ${id}`);
    return found;
  }

  async create(dto: CreatePartnerDto): Promise<Partner> {
    await this.db.transaction(async (manager) => {
      const [taken] = await manager.query(`SELECT 1 FROM partners WHERE id = $1`, [dto.id]);
      if (taken) throw new ConflictException({ message: `id: a partner ${dto.id} already exists`, errors: { id: `a partner ${dto.id} already exists` } });
      await manager.save(Partner, { id: dto.id, nameFr: dto.nameFr, nameNl: dto.nameNl, kind: dto.kind, active: dto.active ?? true, version: 1 });
    });
    return this.get(dto.id);
  }

  async update(id: string, dto: UpdatePartnerDto): Promise<Partner> {
    const { version, ...rest } = dto;
    const changes = Object.fromEntries(Object.entries(rest).filter(([key, value]) => value !== undefined && ['nameFr', 'nameNl', 'kind', 'active'].includes(key)));
    await this.get(id);
    await this.db.transaction((manager) => updateAtVersion(manager, Partner, id, version, changes));
    return this.get(id);
  }

  /** Referrals keep their partner: it is retired (inactive), not deleted. */
  async retire(id: string): Promise<Partner> {
    await this.get(id);
    await this.db.transaction((manager) => manager.query(`UPDATE partners SET active = false, version = version + 1, updated_at = now() WHERE id = $1 AND active`, [id]));
    return this.get(id);
  }
}

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
