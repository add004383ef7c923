import { ConflictException, Injectable, PipeTransform } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { codedFields, fieldError } from '../common/errors/coded-error';
import { ValidationFailed } from '../common/errors/validation-errors';
import { updateAtVersion } from '../common/http/versioned-update';
import { EntityReader } from '../common/list/entity-reader';
import { PARTNER_ID } from '../domain/partners';
import { Partner } from './partner.entity';
import { CreatePartnerDto, UpdatePartnerDto } from './partners.dto';

/** A partner id in a path: its code, never a free string reaching SQL unchecked. */
@Injectable()
export class PartnerIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!PARTNER_ID.test(value)) throw new ValidationFailed({ id: fieldError('partner.code_pattern') });
    return value;
  }
}

@Injectable()
export class PartnersService extends EntityReader<Partner> {
  constructor(db: DataSource) {
    super(db, Partner, 'p', 'partner');
  }

  async create(dto: CreatePartnerDto): Promise<Partner> {
    await this.db.transaction(async (manager) => {
      const [taken] = await manager.query(`SELECT 1 FROM partners WHERE id = $1`, [dto.id]);
      if (taken) throw new ConflictException(codedFields('partner.taken', {}, { id: fieldError('partner.taken') }));
      await manager.save(Partner, {
        id: dto.id,
        nameFr: dto.nameFr,
        nameNl: dto.nameNl,
        kind: dto.kind,
        active: dto.active ?? true,
        version: 1,
      });
    });
    return this.get(dto.id);
  }

  async update(id: string, dto: UpdatePartnerDto): Promise<Partner> {
    const { version, ...rest } = dto;
    const changes = Object.fromEntries(
      Object.entries(rest).filter(
        ([key, value]) => value !== undefined && ['nameFr', 'nameNl', 'kind', 'active'].includes(key),
      ),
    );
    await this.get(id);
    await this.db.transaction((manager) => updateAtVersion(manager, Partner, id, version, changes));
    return this.get(id);
  }

  /** Referrals keep their partner: it is retired (inactive), not deleted. */
  async retire(id: string): Promise<Partner> {
    await this.get(id);
    await this.db.transaction((manager) =>
      manager.query(
        `UPDATE partners SET active = false, version = version + 1, updated_at = now() WHERE id = $1 AND active`,
        [id],
      ),
    );
    return this.get(id);
  }
}
