import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { updateAtVersion } from '../common/http/versioned-update';
import { EntityReader } from '../common/list/entity-reader';
import { partnerOf } from '../partners/partners.queries';
import { Programme } from './programme.entity';
import { CreateProgrammeDto, UpdateProgrammeDto } from './programmes.dto';

@Injectable()
export class ProgrammesService extends EntityReader<Programme> {
  constructor(db: DataSource) {
    super(db, Programme, 'p', 'programme');
  }

  async create(dto: CreateProgrammeDto): Promise<Programme> {
    await partnerOf(this.db.manager, dto.partner);
    const { id } = await this.db.getRepository(Programme).save({
      partner: dto.partner,
      name: dto.name,
      stage: dto.stage,
      description: dto.description ?? null,
      active: dto.active ?? true,
      version: 1,
    });
    return this.get(id);
  }

  async update(id: string, dto: UpdateProgrammeDto): Promise<Programme> {
    const { version, ...rest } = dto;
    if (rest.partner !== undefined) await partnerOf(this.db.manager, rest.partner);
    const changes = Object.fromEntries(
      Object.entries(rest).filter(
        ([key, value]) => value !== undefined && ['partner', 'name', 'stage', 'description', 'active'].includes(key),
      ),
    );
    await this.db.transaction((manager) => updateAtVersion(manager, Programme, id, version, changes));
    return this.get(id);
  }

  /** Referrals keep their programme: it is retired (inactive), not deleted. */
  async retire(id: string): Promise<Programme> {
    await this.get(id);
    await this.db.transaction((manager) =>
      manager.query(
        `UPDATE programmes SET active = false, version = version + 1, updated_at = now() WHERE id = $1 AND active`,
        [id],
      ),
    );
    return this.get(id);
  }
}
