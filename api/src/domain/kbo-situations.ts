/** What a KBO status or juridical situation means for a supported enterprise (DOMAIN.md: viability). */
export const KBO_ALERTS = ['stopped', 'bankruptcy', 'liquidation', 'reorganisation'] as const;
export type KboAlert = (typeof KBO_ALERTS)[number];

const RULES: readonly (readonly [RegExp, KboAlert])[] = [
  [/faillite|faillissement|bankrupt/i, 'bankruptcy'],
  [
    /r[ée]organisation judiciaire|gerechtelijke reorganisatie|judicial reorganisation|concordat|akkoord/i,
    'reorganisation',
  ],
  [/liquidation|vereffening/i, 'liquidation'],
  [/dissolution|ontbinding|cessation|stopzetting|cl[ôo]ture|afsluiting|radiation|doorhaling|annul|nietig/i, 'stopped'],
];

/**
 * The alert a juridical situation raises, read from its official labels (code.csv) rather than from
 * code numbers, so a new situation code with a telling name is caught too. `000` is the normal situation.
 */
export function alertForSituation(
  code: string | null | undefined,
  labels: readonly (string | null | undefined)[],
): KboAlert | null {
  if (!code || code === '000') return null;
  for (const [pattern, alert] of RULES) if (labels.some((label) => label && pattern.test(label))) return alert;
  return null;
}

/** An enterprise the open data no longer lists as active has stopped. */
export function alertForEnterprise(
  present: boolean,
  status: string | null | undefined,
  situationAlert: KboAlert | null,
): KboAlert | null {
  if (!present || (status && status !== 'AC')) return 'stopped';
  return situationAlert;
}
