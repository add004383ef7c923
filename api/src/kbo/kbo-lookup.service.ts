import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ValidationFailed } from '../common/errors/validation-errors';
import { KBO_LANGUAGES, KboCoded, KboEnterprise, sortedActivities } from '../domain/kbo-enterprise';
import { comparableName } from '../domain/name-similarity';
import { alertForEnterprise, alertForSituation } from '../domain/kbo-situations';
import { checkEnterpriseNumber } from '../domain/enterprise-number';
import { kboNumber } from './extract-files';

export interface KboNameMatch {
  enterpriseNumber: string;
  name: string;
  juridicalForm: KboCoded | null;
  zipcode: string | null;
  municipality: string | null;
  score: number;
}

type Labels = (category: string, code: string | null) => KboCoded | null;

/** Reads the loaded extract: one enterprise by number, enterprises by name. */
@Injectable()
export class KboLookupService {
  constructor(private readonly db: DataSource) {}

  /** Validates and writes a number the KBO way; 400 naming `number` when it is not one. */
  static kboNumberOf(input: string): string {
    const check = checkEnterpriseNumber(input);
    if (!check.valid) throw new ValidationFailed({ number: `number ${check.reason}` });
    return kboNumber(check.digits);
  }

  async enterprise(input: string, language: string): Promise<KboEnterprise> {
    const number = KboLookupService.kboNumberOf(input);
    const [enterprise] = await this.db.query(
      `SELECT enterprise_number, status, juridical_situation, type_of_enterprise, juridical_form, juridical_form_cac,
              to_char(start_date, 'YYYY-MM-DD') AS start_date FROM kbo_enterprise WHERE enterprise_number = $1`,
      [number],
    );
    if (!enterprise) throw new NotFoundException({ message: `The KBO extract has no enterprise ${number}`, code: 'kbo.enterprise_not_found', params: { number } });
    const [establishments, names, addresses, activities, contacts, [extract]] = await Promise.all([
      this.db.query(`SELECT establishment_number, to_char(start_date, 'YYYY-MM-DD') AS start_date FROM kbo_establishment WHERE enterprise_number = $1 ORDER BY establishment_number`, [number]),
      this.db.query(`SELECT language, type_of_denomination, denomination FROM kbo_denomination WHERE entity_number = $1 ORDER BY type_of_denomination, language`, [number]),
      this.db.query(
        `SELECT a.*, to_char(a.date_striking_off, 'YYYY-MM-DD') AS striking_off FROM kbo_address a
          WHERE a.entity_number = $1 OR a.entity_number IN (SELECT establishment_number FROM kbo_establishment WHERE enterprise_number = $1)
          ORDER BY a.type_of_address <> 'REGO', a.entity_number`,
        [number],
      ),
      this.db.query(`SELECT * FROM kbo_activity WHERE entity_number = $1`, [number]),
      this.db.query(`SELECT * FROM kbo_contact WHERE entity_number = $1`, [number]),
      this.db.query(`SELECT extract_number, to_char(snapshot_date, 'YYYY-MM-DD') AS snapshot_date FROM kbo_loads WHERE status = 'done' ORDER BY finished_at DESC LIMIT 1`),
    ]);
    const label = await this.labels(language, [
      ['Status', enterprise.status], ['JuridicalSituation', enterprise.juridical_situation], ['TypeOfEnterprise', enterprise.type_of_enterprise],
      ['JuridicalForm', enterprise.juridical_form], ['JuridicalForm', enterprise.juridical_form_cac],
      ...names.map((n: { type_of_denomination: string }) => ['TypeOfDenomination', n.type_of_denomination] as const),
      ...addresses.map((a: { type_of_address: string }) => ['TypeOfAddress', a.type_of_address] as const),
      ...activities.flatMap((a: { classification: string; nace_version: string; nace_code: string }) => [['Classification', a.classification], [`Nace${a.nace_version}`, a.nace_code]] as const),
      ...contacts.flatMap((c: { contact_type: string }) => [['ContactType', c.contact_type]] as const),
    ]);
    const situationLabels = await this.db.query(`SELECT description FROM kbo_code WHERE category = 'JuridicalSituation' AND code = $1`, [enterprise.juridical_situation]);
    return {
      enterpriseNumber: number,
      status: label('Status', enterprise.status)!,
      juridicalSituation: label('JuridicalSituation', enterprise.juridical_situation)!,
      typeOfEnterprise: label('TypeOfEnterprise', enterprise.type_of_enterprise)!,
      juridicalForm: label('JuridicalForm', enterprise.juridical_form),
      juridicalFormCac: label('JuridicalForm', enterprise.juridical_form_cac),
      startDate: enterprise.start_date,
      names: names.map((n: { language: string | null; type_of_denomination: string; denomination: string }) => ({
        language: (n.language && KBO_LANGUAGES[n.language]) || null,
        type: label('TypeOfDenomination', n.type_of_denomination)!,
        value: n.denomination,
      })),
      addresses: addresses.map((a: Record<string, string | null>) => ({
        entityNumber: a.entity_number!,
        type: label('TypeOfAddress', a.type_of_address)!,
        street: { fr: a.street_fr, nl: a.street_nl },
        houseNumber: a.house_number,
        box: a.box,
        zipcode: a.zipcode,
        municipality: { fr: a.municipality_fr, nl: a.municipality_nl },
        country: { fr: a.country_fr, nl: a.country_nl },
        extra: a.extra_address_info,
        strikingOffOn: a.striking_off,
      })),
      activities: sortedActivities(
        activities.map((a: Record<string, string | null>) => ({
          entityNumber: a.entity_number!,
          group: a.activity_group,
          naceVersion: a.nace_version,
          naceCode: a.nace_code!,
          classification: label('Classification', a.classification)!,
          label: label(`Nace${a.nace_version}`, a.nace_code)?.label ?? null,
        })),
      ),
      contacts: contacts.map((c: Record<string, string | null>) => ({ entityNumber: c.entity_number!, entityContact: c.entity_contact, type: label('ContactType', c.contact_type)!, value: c.value })),
      establishments: establishments.map((e: { establishment_number: string; start_date: string | null }) => ({ establishmentNumber: e.establishment_number, startDate: e.start_date })),
      alert: alertForEnterprise(true, enterprise.status, alertForSituation(enterprise.juridical_situation, situationLabels.map((s: { description: string }) => s.description))),
      extract: extract ? { number: extract.extract_number, snapshotDate: extract.snapshot_date } : null,
    };
  }

  /** Enterprises whose name (any language, any type) looks like `q`, accent- and legal-form-blind. */
  async search(q: string, limit = 20): Promise<KboNameMatch[]> {
    const term = comparableName(q);
    if (term.length < 3) throw new ValidationFailed({ q: 'q must hold at least 3 letters or digits' });
    const rows = await this.db.query(
      `SELECT DISTINCT ON (m.entity_number) m.entity_number, m.denomination, m.score, e.juridical_form, a.zipcode, a.municipality_fr, a.municipality_nl
         FROM (SELECT d.entity_number, d.denomination, similarity(d.folded, $1) AS score
                 FROM kbo_denomination d
                WHERE d.folded % $1 OR d.folded LIKE '%' || $1 || '%'
                ORDER BY similarity(d.folded, $1) DESC LIMIT 200) m
         JOIN kbo_enterprise e ON e.enterprise_number = m.entity_number
         LEFT JOIN LATERAL (SELECT zipcode, municipality_fr, municipality_nl FROM kbo_address x
                             WHERE x.entity_number = m.entity_number AND x.type_of_address = 'REGO' LIMIT 1) a ON true
        ORDER BY m.entity_number, m.score DESC`,
      [term],
    );
    const juridical = await this.labels('fr', rows.map((r: { juridical_form: string }) => ['JuridicalForm', r.juridical_form] as const));
    return rows
      .map((r: Record<string, string | null> & { score: number }) => ({
        enterpriseNumber: r.entity_number!,
        name: r.denomination!,
        juridicalForm: juridical('JuridicalForm', r.juridical_form),
        zipcode: r.zipcode,
        municipality: r.municipality_fr ?? r.municipality_nl,
        score: Math.round(Number(r.score) * 100) / 100,
      }))
      .sort((a: KboNameMatch, b: KboNameMatch) => b.score - a.score)
      .slice(0, limit);
  }

  /** Labels from code.csv in the reader's language (French when the extract has none in it). */
  private async labels(language: string, wanted: readonly (readonly [string, string | null])[]): Promise<Labels> {
    const pairs = wanted.filter(([, code]) => code);
    const rows: { category: string; code: string; language: string; description: string }[] = pairs.length
      ? await this.db.query(
          `SELECT category, code, language, description FROM kbo_code WHERE category = ANY($1::text[]) AND code = ANY($2::text[])`,
          [[...new Set(pairs.map(([category]) => category))], [...new Set(pairs.map(([, code]) => code))]],
        )
      : [];
    const preferred = [language.toUpperCase(), 'FR', 'NL'];
    return (category, code) => {
      if (!code) return null;
      const found = rows.filter((r) => r.category === category && r.code === code);
      const best = preferred.map((lang) => found.find((r) => r.language.toUpperCase() === lang)).find(Boolean) ?? found[0];
      return { code, label: best?.description ?? null };
    };
  }
}
