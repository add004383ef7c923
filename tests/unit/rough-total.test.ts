import { EXACT_TOTAL_UP_TO, roughTotal } from '../../api/src/common/list/list-page';

describe('the estimated total of a searched list', () => {
  it('keeps two significant figures', () => {
    expect(roughTotal(87_345)).toBe(87_000);
    expect(roughTotal(159_612)).toBe(160_000);
    expect(roughTotal(3_001)).toBe(3_000);
    expect(roughTotal(12_500)).toBe(13_000);
  });

  it('never falls to or under the exact range: the capped count saw more matches than that', () => {
    expect(EXACT_TOTAL_UP_TO).toBe(1000);
    expect(roughTotal(0)).toBe(1001);
    expect(roughTotal(640)).toBe(1001);
    expect(roughTotal(1_040)).toBe(1001);
    expect(roughTotal(Number.NaN)).toBe(1001);
    expect(roughTotal(1_260)).toBe(1_300);
  });
});
