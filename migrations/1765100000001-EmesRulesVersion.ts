import { MigrationInterface, QueryRunner } from 'typeorm';

type Rating = 'met' | 'partly' | 'not_met' | 'unknown';
type PillarResult = 'met' | 'partly' | 'not_met';

/** The indicators of hub.brussels's reading at rules version 2 (soc_citizen_initiative is rated, not counted). */
const COUNTED: Record<string, string[]> = {
  economic: ['econ_continuous_activity', 'econ_economic_risk', 'econ_paid_work'],
  social: ['soc_community_aim', 'soc_limited_profit', 'soc_wage_tension'],
  governance: ['gov_autonomy', 'gov_not_capital_based', 'gov_participatory'],
};

const pillar = (ratings: Rating[]): PillarResult => (ratings.includes('not_met') ? 'not_met' : ratings.every((r) => r === 'met') ? 'met' : 'partly');

/**
 * Each assessment records the version of the EMES rules it was scored with. Existing ones were scored
 * with version 1 (every social indicator counted, the 1:4 test on the rounded ratio). Final assessments
 * keep their verdict; drafts are scored again under version 2 (DOMAIN.md, 2026-11-30): the social pillar
 * as hub.brussels reads it, and the unrounded 1:4 test. The rules are written out here (a migration is
 * history: it does not import application code).
 */
export class EmesRulesVersion1765100000001 implements MigrationInterface {
  name = 'EmesRulesVersion1765100000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE assessments ADD COLUMN rules_version integer NOT NULL DEFAULT 1`);
    const drafts: Array<{ id: string; indicators: Array<{ code: string; rating: Rating; evidence?: string }>; lowest: string | null; highest: string | null }> = await db.query(
      `SELECT id, indicators, lowest_wage AS lowest, highest_wage AS highest FROM assessments WHERE status = 'draft'`,
    );
    for (const draft of drafts) {
      const lowest = draft.lowest === null ? null : Number(draft.lowest);
      const highest = draft.highest === null ? null : Number(draft.highest);
      const indicators = draft.indicators.map((answer) =>
        answer.code === 'soc_wage_tension' && lowest && highest ? { ...answer, rating: (highest <= 4 * lowest ? 'met' : 'not_met') as Rating } : answer,
      );
      const ratingOf = (code: string) => indicators.find((i) => i.code === code)?.rating ?? 'unknown';
      const pillars = Object.fromEntries(Object.entries(COUNTED).map(([name, codes]) => [name, pillar(codes.map(ratingOf))])) as Record<string, PillarResult>;
      const results = Object.values(pillars);
      const verdict = results.includes('not_met') ? 'does_not_meet' : results.every((r) => r === 'met') ? 'meets' : 'partly_meets';
      await db.query(`UPDATE assessments SET indicators = $2, pillars = $3, verdict = $4, rules_version = 2 WHERE id = $1`, [
        draft.id,
        JSON.stringify(indicators),
        JSON.stringify(pillars),
        verdict,
      ]);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE assessments DROP COLUMN rules_version`);
  }
}
