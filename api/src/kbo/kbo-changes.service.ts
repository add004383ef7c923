import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SignedInUser } from '../common/auth/signed-in-user';
import type { KboChange, KboProfile } from '../domain/kbo-changes';
import { KBO_LANGUAGES } from '../domain/kbo-enterprise';
import { legalFormForJuridicalForm } from '../domain/kbo-juridical-forms';
import type { KboAlert } from '../domain/kbo-situations';
import { OrganisationsService, type UpdateOrganisationDto } from '../organisations';

export interface KboChangeRecord {
  id: string;
  organisationId: string;
  organisationName: string;
  loadId: string;
  extractNumber: number | null;
  changes: KboChange[];
  status: 'open' | 'applied' | 'dismissed';
  createdAt: Date;
  resolvedAt: Date | null;
}

export interface OrganisationKboState {
  organisationId: string;
  enterpriseNumber: string | null;
  alert: KboAlert | null;
  seenAt: Date | null;
  openChanges: KboChangeRecord[];
}

const CHANGE_COLUMNS = `c.id, c.organisation_id AS "organisationId", o.name AS "organisationName", c.load_id AS "loadId",
  l.extract_number AS "extractNumber", c.changes, c.status, c.created_at AS "createdAt", c.resolved_at AS "resolvedAt"`;
const CHANGE_FROM = `kbo_changes c JOIN organisations o ON o.id = c.organisation_id JOIN kbo_loads l ON l.id = c.load_id`;

/** What changed at the KBO for the register's organisations, and applying it to them. */
@Injectable()
export class KboChangesService {
  constructor(
    private readonly db: DataSource,
    private readonly organisations: OrganisationsService,
  ) {}

  /** The organisations whose KBO data changed, newest load first (one load's when asked). */
  async list(loadId?: string, status?: string): Promise<KboChangeRecord[]> {
    return this.db.query(
      `SELECT ${CHANGE_COLUMNS} FROM ${CHANGE_FROM}
        WHERE ($1::uuid IS NULL OR c.load_id = $1) AND ($2::text IS NULL OR c.status = $2)
        ORDER BY c.created_at DESC, o.name LIMIT 1000`,
      [loadId ?? null, status ?? null],
    );
  }

  async forOrganisation(organisationId: string): Promise<OrganisationKboState> {
    await this.organisations.get(organisationId);
    const [watch] = await this.db.query(
      `SELECT enterprise_number, alert, seen_at FROM kbo_watch WHERE organisation_id = $1`,
      [organisationId],
    );
    const openChanges = await this.db.query(
      `SELECT ${CHANGE_COLUMNS} FROM ${CHANGE_FROM} WHERE c.organisation_id = $1 AND c.status = 'open' ORDER BY c.created_at DESC`,
      [organisationId],
    );
    return {
      organisationId,
      enterpriseNumber: watch?.enterprise_number ?? null,
      alert: watch?.alert ?? null,
      seenAt: watch?.seen_at ?? null,
      openChanges,
    };
  }

  /** Organisations the KBO says stopped, bankrupt, in liquidation or reorganisation: flagged in lists. */
  async alerts(): Promise<{ organisationId: string; alert: KboAlert }[]> {
    return this.db.query(`SELECT organisation_id AS "organisationId", alert FROM kbo_watch WHERE alert IS NOT NULL`);
  }

  /**
   * Applies the KBO's current name, registered address and legal form to the organisation (what the
   * change is about), in one transaction with closing its open changes. Name in the organisation's
   * language; a juridical form with no Traject equivalent leaves the legal form as it is.
   */
  async apply(changeId: string, by: SignedInUser): Promise<KboChangeRecord> {
    return this.resolve(changeId, by, 'applied');
  }

  async dismiss(changeId: string, by: SignedInUser): Promise<KboChangeRecord> {
    return this.resolve(changeId, by, 'dismissed');
  }

  private async resolve(
    changeId: string,
    by: SignedInUser,
    outcome: 'applied' | 'dismissed',
  ): Promise<KboChangeRecord> {
    return this.db.transaction(async (manager) => {
      const [change] = await manager.query(
        `SELECT id, organisation_id, status, changes FROM kbo_changes WHERE id = $1 FOR UPDATE`,
        [changeId],
      );
      if (!change)
        throw new NotFoundException({
          message: `No KBO change ${changeId}`,
          code: 'kbo.change_not_found',
          params: { id: changeId },
        });
      if (change.status !== 'open') {
        throw new ConflictException({
          message: `This KBO change is already ${change.status}`,
          code: 'kbo.change_resolved',
          params: { status: change.status },
        });
      }
      if (outcome === 'applied') {
        const organisation = await this.organisations.get(change.organisation_id, manager);
        const [watch] = await manager.query(`SELECT profile FROM kbo_watch WHERE organisation_id = $1`, [
          change.organisation_id,
        ]);
        const update = organisationUpdate(
          change.changes as KboChange[],
          watch?.profile ?? null,
          organisation.languages?.[0] ?? 'fr',
        );
        if (Object.keys(update).length)
          await this.organisations.update(
            change.organisation_id,
            { ...update, version: organisation.version } as UpdateOrganisationDto,
            manager,
          );
      }
      await manager.query(
        `UPDATE kbo_changes SET status = CASE WHEN id = $1 THEN $3 ELSE 'dismissed' END, resolved_at = now(), resolved_by_id = $4
          WHERE organisation_id = $2 AND status = 'open'`,
        [changeId, change.organisation_id, outcome, by.id],
      );
      const [record] = await manager.query(`SELECT ${CHANGE_COLUMNS} FROM ${CHANGE_FROM} WHERE c.id = $1`, [changeId]);
      return record;
    });
  }
}

/** The organisation's fields a change brings, from what the KBO says now. */
function organisationUpdate(
  changes: KboChange[],
  now: KboProfile | null,
  language: string,
): Partial<UpdateOrganisationDto> {
  if (!now) return {};
  const update: Record<string, unknown> = {};
  const fields = new Set(changes.map((change) => change.field));
  if (fields.has('name')) {
    const wanted = Object.entries(KBO_LANGUAGES).find(([, lang]) => lang === language)?.[0];
    const name = (wanted && now.names[wanted]) || now.names['1'] || now.names['2'] || Object.values(now.names)[0];
    if (name) update.name = name;
  }
  if (fields.has('address') && now.address) {
    const { street, houseNumber, box, zipcode } = now.address;
    if (street)
      update.street = `${street}${houseNumber ? ` ${houseNumber}` : ''}${box ? ` ${language === 'nl' ? 'bus' : 'bte'} ${box}` : ''}`;
    if (zipcode) update.postcode = zipcode;
  }
  if (fields.has('legalForm')) {
    const legalForm = legalFormForJuridicalForm(now.juridicalForm);
    if (legalForm) update.legalForm = legalForm;
  }
  return update;
}
