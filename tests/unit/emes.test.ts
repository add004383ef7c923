import {
  answerProblems,
  EMES_RULES_VERSION,
  exactWageRatio,
  gapsOf,
  IndicatorAnswer,
  INDICATOR_CODES,
  movement,
  NOT_COUNTED,
  notAssessedYet,
  pillarNotAssessed,
  pillarOf,
  pillarResult,
  Rating,
  scoreAssessment,
  verdictOf,
  wageRatio,
} from '../../api/src/domain/emes';

const all = (rating: Rating, overrides: Partial<Record<string, Rating>> = {}): IndicatorAnswer[] =>
  INDICATOR_CODES.map((code) => ({ code, rating: overrides[code] ?? rating, evidence: `why ${code}` }));

describe('EMES scoring', () => {
  it('a pillar is met when all its indicators are, not met when any is not, partly otherwise', () => {
    expect(pillarResult(['met', 'met', 'met'])).toBe('met');
    expect(pillarResult(['met', 'partly', 'met'])).toBe('partly');
    expect(pillarResult(['met', 'unknown', 'met'])).toBe('partly');
    expect(pillarResult(['met', 'not_met', 'partly'])).toBe('not_met');
    expect(pillarResult(['unknown', 'not_met'])).toBe('not_met');
  });

  it('the verdict: meets when all pillars are met, does not meet when any is not met, partly otherwise', () => {
    expect(verdictOf({ economic: 'met', social: 'met', governance: 'met' })).toBe('meets');
    expect(verdictOf({ economic: 'met', social: 'partly', governance: 'met' })).toBe('partly_meets');
    expect(verdictOf({ economic: 'met', social: 'partly', governance: 'not_met' })).toBe('does_not_meet');
  });

  it('scores each pillar from its own indicators', () => {
    const result = scoreAssessment(all('met', { econ_paid_work: 'partly', gov_autonomy: 'not_met' }));
    expect(result.pillars).toEqual({ economic: 'partly', social: 'met', governance: 'not_met' });
    expect(result.verdict).toBe('does_not_meet');
    expect(scoreAssessment(all('met')).verdict).toBe('meets');
  });

  it('the wage ratio is highest / lowest with two decimals', () => {
    expect(wageRatio(2000, 5000)).toBe(2.5);
    expect(wageRatio(1900, 6000)).toBe(3.16);
    expect(wageRatio(3000, 1000)).toBe(0.33);
    expect(wageRatio(2000, 8010)).toBe(4.01);
    expect(wageRatio(2000, 8009)).toBe(4);
  });

  it('without both wages there is no ratio, and the hand-given rating stands', () => {
    expect(wageRatio(null, 5000)).toBeNull();
    expect(wageRatio(2000, undefined)).toBeNull();
    expect(wageRatio(0, 5000)).toBeNull();
    const result = scoreAssessment(all('met', { soc_wage_tension: 'partly' }), null, 5000);
    expect(result.wageRatio).toBeNull();
    expect(result.indicators.find((i) => i.code === 'soc_wage_tension')!.rating).toBe('partly');
  });

  it('with both wages the ratio decides the wage tension: 1:4 is met, above is not', () => {
    const at4 = scoreAssessment(all('met', { soc_wage_tension: 'not_met' }), 2000, 8000);
    expect(at4.wageRatio).toBe(4);
    expect(at4.indicators.find((i) => i.code === 'soc_wage_tension')).toEqual({
      code: 'soc_wage_tension',
      rating: 'met',
      evidence: 'why soc_wage_tension',
    });
    expect(at4.verdict).toBe('meets');
    const above = scoreAssessment(all('met'), 2000, 8100);
    expect(above.wageRatio).toBe(4.05);
    expect(above.pillars.social).toBe('not_met');
    expect(above.verdict).toBe('does_not_meet');
  });

  it('missing indicators count as unknown', () => {
    const result = scoreAssessment([{ code: 'econ_paid_work', rating: 'met', evidence: '' }]);
    expect(result.indicators).toHaveLength(10);
    expect(result.verdict).toBe('partly_meets');
  });

  it('names what is wrong with a set of answers', () => {
    expect(answerProblems(all('met'))).toEqual([]);
    const wrong = [
      ...all('met').slice(1),
      { code: 'econ_paid_work', rating: 'met' },
      { code: 'soc_happiness', rating: 'met' },
      { code: 'gov_autonomy', rating: 'yes' },
    ];
    expect(answerProblems(wrong)).toEqual([
      'econ_paid_work is given twice',
      'soc_happiness is not an EMES indicator code',
      'gov_autonomy is given twice',
      'gov_autonomy: rating must be one of met, partly, not_met, unknown',
      'missing econ_continuous_activity',
    ]);
  });

  it('says how a rating, pillar or verdict moved', () => {
    expect(movement('partly', 'met')).toBe('improved');
    expect(movement('met', 'not_met')).toBe('declined');
    expect(movement('partly_meets', 'meets')).toBe('improved');
    expect(movement('met', 'met')).toBe('same');
    expect(movement('unknown', 'met')).toBe('changed');
    expect(movement(null, 'met')).toBe('changed');
  });
});

describe("hub.brussels's reading of the EMES profile (rules version 2)", () => {
  const all = (rating: Rating): IndicatorAnswer[] => INDICATOR_CODES.map((code) => ({ code, rating, evidence: '' }));
  const withRating = (code: string, rating: Rating) => all('met').map((a) => (a.code === code ? { ...a, rating } : a));

  it('rates and shows soc_citizen_initiative, but does not count it in the social pillar', () => {
    const founder = scoreAssessment(withRating('soc_citizen_initiative', 'not_met'));
    expect(founder.indicators.find((i) => i.code === 'soc_citizen_initiative')?.rating).toBe('not_met');
    expect(founder.pillars.social).toBe('met');
    expect(founder.verdict).toBe('meets');
    expect(scoreAssessment(withRating('soc_citizen_initiative', 'unknown')).verdict).toBe('meets');
    expect(NOT_COUNTED).toEqual(['soc_citizen_initiative']);
  });

  it('counts soc_community_aim, soc_limited_profit and soc_wage_tension', () => {
    for (const code of ['soc_community_aim', 'soc_limited_profit', 'soc_wage_tension']) {
      expect(scoreAssessment(withRating(code, 'not_met')).pillars.social).toBe('not_met');
      expect(scoreAssessment(withRating(code, 'partly')).pillars.social).toBe('partly');
    }
  });

  it('decides 1:4 on the unrounded ratio: lowest 1,000 and highest 4,004 shows 4.00 and is not met; 4,000 is met', () => {
    const above = scoreAssessment(all('met'), 1000, 4004);
    expect(above.wageRatio).toBe(4);
    expect(above.indicators.find((i) => i.code === 'soc_wage_tension')?.rating).toBe('not_met');
    expect(above.verdict).toBe('does_not_meet');
    expect(scoreAssessment(all('met'), 1000, 4000).indicators.find((i) => i.code === 'soc_wage_tension')?.rating).toBe(
      'met',
    );
    expect(exactWageRatio(1000, 4004)).toBeCloseTo(4.004, 10);
    expect(EMES_RULES_VERSION).toBe(2);
  });
});

describe('what an assessment still lacks', () => {
  const blank = INDICATOR_CODES.map((code) => ({ code, rating: 'unknown' as Rating, evidence: '' }));

  it('an assessment with every indicator unknown is "not assessed yet", though its computed verdict is partly', () => {
    expect(scoreAssessment(blank).verdict).toBe('partly_meets');
    expect(notAssessedYet(scoreAssessment(blank).indicators)).toBe(true);
    expect(pillarNotAssessed(blank, 'economic')).toBe(true);
    const one = blank.map((answer, index) => (index === 0 ? { ...answer, rating: 'met' as Rating } : answer));
    expect(notAssessedYet(one)).toBe(false);
    expect(pillarNotAssessed(one, pillarOf(one[0].code))).toBe(false);
    // An indicator outside hub.brussels's reading does not make an assessment "assessed".
    const notCounted = blank.map((answer) =>
      NOT_COUNTED.includes(answer.code) ? { ...answer, rating: 'met' as Rating } : answer,
    );
    expect(notAssessedYet(notCounted)).toBe(true);
  });

  it('counts the unknown indicators and the rated ones without a justification', () => {
    const counted = INDICATOR_CODES.filter((code) => !NOT_COUNTED.includes(code)).length;
    expect(gapsOf(blank)).toEqual({ unknown: counted, withoutEvidence: 0, counted });
    const rated = INDICATOR_CODES.map((code, index) => ({
      code,
      rating: (index % 2 ? 'met' : 'unknown') as Rating,
      evidence: index % 4 === 1 ? 'vu les statuts' : ' ',
    }));
    const gaps = gapsOf(rated);
    expect(gaps.unknown + gaps.withoutEvidence).toBeLessThan(counted);
    expect(gaps.withoutEvidence).toBe(
      rated.filter((a, i) => i % 2 && i % 4 !== 1 && !NOT_COUNTED.includes(a.code)).length,
    );
    expect(gapsOf(all('met'))).toEqual({ unknown: 0, withoutEvidence: 0, counted });
  });
});
