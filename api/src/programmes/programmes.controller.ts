import { Body, Controller, Delete, Injectable, NotFoundException, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Roles } from '../common/auth/roles.decorator';
import { updateAtVersion } from '../common/http/versioned-update';
import { fetchPage, ListPage } from '../common/list/list-page';
import type { ListQuery } from '../common/list/list-query';
import { ListSpec } from '../common/list/list-spec';
import { ResourceReads } from '../common/list/resource-reads';
import { partnerOf } from '../partners/partners.controller';
import { Programme } from './programme.entity';
import { PROGRAMME_STAGES } from '../domain/programme-codes';
import { CreateProgrammeDto, UpdateProgrammeDto } from './programmes.dto';

const programmesList: ListSpec = {
  resource: 'programmes',
  fields: {
    id: { column: 'p.id', type: 'uuid' },
    partner: { column: 'p.partner', type: 'text' },
    stage: { column: 'p.stage', type: 'enum', values: PROGRAMME_STAGES },
    active: { column: 'p.active', type: 'boolean' },
    name: { column: 'p.name', sortColumn: 'lower(p.name)', type: 'text' },
    createdAt: { column: 'p.created_at', type: 'datetime' },
  },
  search: `p.name || ' ' || coalesce(p.description, '')`,
  defaultSort: { field: 'name', order: 'ASC' },
};

@Injectable()
export class ProgrammesService {
  constructor(private readonly db: DataSource) {}

  list(query: ListQuery): Promise<ListPage<Programme>> {
    return fetchPage(this.db.getRepository(Programme).createQueryBuilder('p'), query, 'p.id');
  }

  async get(id: string): Promise<Programme> {
    const found = await this.db.getRepository(Programme).findOne({ where: { id } });
    if (!found) throw new NotFoundException(`No programme ${id}`);
    return found;
  }

  async create(dto: CreateProgrammeDto): Promise<Programme> {
    await partnerOf(this.db.manager, dto.partner);
    const { id } = await this.db.getRepository(Programme).save({ partner: dto.partner, name: dto.name, stage: dto.stage, description: dto.description ?? null, active: dto.active ?? true, version: 1 });
    return this.get(id);
  }

  async update(id: string, dto: UpdateProgrammeDto): Promise<Programme> {
    const { version, ...rest } = dto;
    if (rest.partner !== undefined) await partnerOf(this.db.manager, rest.partner);
    const changes = Object.fromEntries(Object.entries(rest).filter(([key, value]) => value !== undefined && ['partner', 'name', 'stage', 'description', 'active'].includes(key)));
    await this.db.transaction((manager) => updateAtVersion(manager, Programme, id, version, changes));
    return this.get(id);
  }

  /** Referrals keep their programme: it is retired (inactive), not deleted. */
  async retire(id: string): Promise<Programme> {
    await this.get(id);
    await this.db.transaction((manager) => manager.query(`UPDATE programmes SET active = false, version = version + 1, updated_at = now() WHERE id = $1 AND active`, [id]));
    return this.get(id);
  }
}

/** The partners' programmes (COOPCITY's to start with): kept by admins, read by everyone. */
@ApiTags('programmes')
@ApiBearerAuth()
@Controller('programmes')
export class ProgrammesController extends ResourceReads<Programme>(programmesList) {
  constructor(private readonly programmes: ProgrammesService) {
    super();
  }

  protected get reader() {
    return this.programmes;
  }

  @Post()
  @Roles('admin')
  create(@Body() dto: CreateProgrammeDto): Promise<Programme> {
    return this.programmes.create(dto);
  }

  @Put(':id')
  @Roles('admin')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateProgrammeDto): Promise<Programme> {
    return this.programmes.update(id, dto);
  }

  @Delete(':id')
  @Roles('admin')
  retire(@Param('id', ParseUUIDPipe) id: string): Promise<Programme> {
    return this.programmes.retire(id);
  }
}
