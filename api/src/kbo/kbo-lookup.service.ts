import { Injectable, NotFoundException } from '@nestjs/common';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { fieldError } from '../common/errors/coded-error';
import { ValidationFailed } from '../common/errors/validation-errors';
import { KBO_LANGUAGES, KboCoded, KboEnterprise, sortedActivities } from '../domain/kbo-enterprise';
import { comparableName } from '../domain/name-similarity';
import { correctedWordQuery, NEAR_WORDS_SQL } from './kbo-name-words';
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

type Labels = ((category: string, code: string | null) => KboCoded | null) & {
  /** Every language's label of a code (to recognise a situation by its official words). */
  all(category: string, code: string | null): string[];
};

const ENTERPRISE_SQL = `
  WITH est AS (SELECT establishment_number, start_date FROM kbo_establishment WHERE enterprise_number = $1)
  SELECT e.enterprise_number, e.status, e.juridical_situation, e.type_of_enterprise, e.juridical_form, e.juridical_form_cac,
         to_char(e.start_date, 'YYYY-MM-DD') AS start_date,
         (SELECT coalesce(json_agg(json_build_object('establishment_number', establishment_number, 'start_date', to_char(start_date, 'YYYY-MM-DD'))
                               ORDER BY establishment_number), '[]') FROM est) AS establishments,
         (SELECT coalesce(json_agg(json_build_object('language', language, 'type_of_denomination', type_of_denomination, 'denomination', denomination)
                               ORDER BY type_of_denomination, language), '[]') FROM kbo_denomination WHERE entity_number = $1) AS names,
         (SELECT coalesce(json_agg(to_jsonb(a) || jsonb_build_object('striking_off', to_char(a.date_striking_off, 'YYYY-MM-DD'))
                               ORDER BY a.type_of_address <> 'REGO', a.entity_number), '[]')
            FROM kbo_address a WHERE a.entity_number = ANY (ARRAY[$1] || ARRAY(SELECT establishment_number FROM est))) AS addresses,
         (SELECT coalesce(json_agg(a), '[]') FROM kbo_activity a WHERE a.entity_number = $1) AS activities,
         (SELECT coalesce(json_agg(c), '[]') FROM kbo_contact c WHERE c.entity_number = $1) AS contacts,
         (SELECT json_build_object('load_id', id, 'extract_number', extract_number, 'snapshot_date', to_char(snapshot_date, 'YYYY-MM-DD'))
            FROM kbo_loads WHERE status = 'done' ORDER BY finished_at DESC LIMIT 1) AS extract
    FROM kbo_enterprise e WHERE e.enterprise_number = $1`;

/**
 * Names whose words start with the words typed (a word index, accent-blind), at most a few hundred of
 * them, best first by trigram similarity; then the enterprise and its registered seat for the best ones.
 */
const SEARCH_BY_WORDS_SQL = `
  WITH hits AS (
         SELECT d.entity_number, d.denomination, similarity(d.folded, $1) AS score
           FROM (SELECT entity_number, denomination, folded FROM kbo_denomination
                  WHERE to_tsvector('simple'::regconfig, folded) @@ to_tsquery('simple', $2) LIMIT 500) d),
       best AS (SELECT DISTINCT ON (entity_number) entity_number, denomination, score FROM hits ORDER BY entity_number, score DESC),
       top AS (SELECT * FROM best ORDER BY score DESC LIMIT $3)
  SELECT t.entity_number, t.denomination, t.score, e.juridical_form, a.zipcode, a.municipality_fr, a.municipality_nl,
         (SELECT id FROM kbo_loads WHERE status = 'done' ORDER BY finished_at DESC LIMIT 1) AS load_id
    FROM top t JOIN kbo_enterprise e ON e.enterprise_number = t.entity_number
    LEFT JOIN LATERAL (SELECT zipcode, municipality_fr, municipality_nl FROM kbo_address x
                        WHERE x.entity_number = t.entity_number AND x.type_of_address = 'REGO' LIMIT 1) a ON true`;

/** `boulangerie dupont` -> `boulangerie:* & dupont:*` (words are letters and digits only: nothing to escape). */
const wordPrefixQuery = (term: string) =>
  term
    .split(' ')
    .filter(Boolean)
    .map((word) => `${word}:*`)
    .join(' & ');

/** Reads the loaded extract: one enterprise by number, enterprises by name. */
@Injectable()
export class KboLookupService {
  constructor(private readonly db: DataSource) {}

  /** Validates and writes a number the KBO way; 400 naming `number` when it is not one. */
  static kboNumberOf(input: string): string {
    const check = checkEnterpriseNumber(input);
    if (!check.valid)
      throw new ValidationFailed({ number: { code: check.code, params: {}, english: `number ${check.reason}` } });
    return kboNumber(check.digits);
  }

  async enterprise(input: string, language: string): Promise<KboEnterprise> {
    const number = KboLookupService.kboNumberOf(input);
    // One statement (one plan, one round trip); every part reads an index on the number.
    const [found] = await this.prepared('kbo-enterprise', ENTERPRISE_SQL, [number]);
    if (!found)
      throw new NotFoundException({
        message: `The KBO extract has no enterprise ${number}`,
        code: 'kbo.enterprise_not_found',
        params: { number },
      });
    const enterprise = found;
    const { establishments, names, addresses, activities, contacts, extract } = found as {
      establishments: { establishment_number: string; start_date: string | null }[];
      names: { language: string | null; type_of_denomination: string; denomination: string }[];
      addresses: (Record<string, string | null> & { type_of_address: string })[];
      activities: (Record<string, string | null> & {
        classification: string;
        nace_version: string;
        nace_code: string;
      })[];
      contacts: (Record<string, string | null> & { contact_type: string })[];
      extract: { load_id: string; extract_number: number; snapshot_date: string } | null;
    };
    const label = await this.labels(language, extract?.load_id ?? null);
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
      contacts: contacts.map((c: Record<string, string | null>) => ({
        entityNumber: c.entity_number!,
        entityContact: c.entity_contact,
        type: label('ContactType', c.contact_type)!,
        value: c.value,
      })),
      establishments: establishments.map((e: { establishment_number: string; start_date: string | null }) => ({
        establishmentNumber: e.establishment_number,
        startDate: e.start_date,
      })),
      alert: alertForEnterprise(
        true,
        enterprise.status,
        alertForSituation(
          enterprise.juridical_situation,
          label.all('JuridicalSituation', enterprise.juridical_situation),
        ),
      ),
      extract: extract ? { number: extract.extract_number, snapshotDate: extract.snapshot_date } : null,
    };
  }

  /** Enterprises whose name (any language, any type) looks like `q`, accent- and legal-form-blind. */
  async search(q: string, limit = 20): Promise<KboNameMatch[]> {
    const term = comparableName(q);
    if (term.length < 3) throw new ValidationFailed({ q: fieldError('kbo.search_too_short', { min: 3 }) });
    let rows = await this.prepared('kbo-search-words', SEARCH_BY_WORDS_SQL, [term, wordPrefixQuery(term), limit]);
    if (!rows.length) {
      // Typed with a mistake: each word corrected against the names' words, then the same search by words.
      const near = await this.prepared('kbo-near-words', NEAR_WORDS_SQL, [term.split(' ').filter(Boolean)]);
      rows = await this.prepared('kbo-search-words', SEARCH_BY_WORDS_SQL, [term, correctedWordQuery(near), limit]);
    }
    if (!rows.length) return [];
    const juridical = await this.labels('fr', rows[0].load_id);
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

  /**
   * A named prepared statement (planned once per pooled connection, then only executed): the lookup's
   * one statement took longer to plan than to run.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows of raw SQL, typed by each caller as DataSource.query's are
  private async prepared(name: string, text: string, values: unknown[]): Promise<any[]> {
    const pool = (this.db.driver as PostgresDriver).master as Pool;
    return (await pool.query({ name, text, values })).rows;
  }

  /** code.csv of the extract serving, read once per load (2,466 codes at national scale): a lookup is then one statement. */
  private codeList?: { loadId: string | null; byCode: Map<string, Array<{ language: string; description: string }>> };

  /** Labels from code.csv in the reader's language (French when the extract has none in it). */
  private async labels(language: string, loadId: string | null): Promise<Labels> {
    if (!this.codeList || this.codeList.loadId !== loadId) {
      const rows: { category: string; code: string; language: string; description: string }[] = await this.prepared(
        'kbo-codes',
        `SELECT category, code, language, description FROM kbo_code`,
        [],
      );
      const byCode = new Map<string, Array<{ language: string; description: string }>>();
      for (const r of rows) {
        const key = `${r.category}\u0000${r.code}`;
        byCode.set(key, [
          ...(byCode.get(key) ?? []),
          { language: r.language.toUpperCase(), description: r.description },
        ]);
      }
      this.codeList = { loadId, byCode };
    }
    const { byCode } = this.codeList;
    const preferred = [language.toUpperCase(), 'FR', 'NL'];
    const all = (category: string, code: string | null) => (code ? (byCode.get(`${category}\u0000${code}`) ?? []) : []);
    const label = (category: string, code: string | null) => {
      if (!code) return null;
      const found = all(category, code);
      const best = preferred.map((lang) => found.find((r) => r.language === lang)).find(Boolean) ?? found[0];
      return { code, label: best?.description ?? null };
    };
    return Object.assign(label, {
      all: (category: string, code: string | null) => all(category, code).map((r) => r.description),
    });
  }
}
