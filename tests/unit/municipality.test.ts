import {
  BRUSSELS_MUNICIPALITIES,
  isBelgianPostcode,
  isBrusselsMunicipality,
  isOutsideBrussels,
  municipalityForPostcode,
} from '../../api/src/domain/municipalities';

describe('postcode to municipality', () => {
  it('knows the 19 municipalities with their NIS codes and French and Dutch names', () => {
    expect(BRUSSELS_MUNICIPALITIES).toHaveLength(19);
    expect(BRUSSELS_MUNICIPALITIES.find(([nis]) => nis === '21012')).toEqual([
      '21012',
      'Molenbeek-Saint-Jean',
      'Sint-Jans-Molenbeek',
      ['1080'],
    ]);
  });

  it.each([
    ['1000', '21004'],
    ['1020', '21004'],
    ['1120', '21004'],
    ['1130', '21004'],
    ['1070', '21001'],
    ['1040', '21005'],
    ['1050', '21009'],
    ['1210', '21014'],
    ['1150', '21019'],
  ])('%s proposes %s', (postcode, nis) => {
    expect(municipalityForPostcode(postcode)).toBe(nis);
  });

  it.each(['1031', '1047', '1049', '1099', '1105', '1110'])(
    "bpost's special Brussels postcode %s is inside Brussels, with no municipality derived",
    (postcode) => {
      expect(municipalityForPostcode(postcode)).toBeNull();
      expect(isOutsideBrussels(postcode)).toBe(false);
    },
  );

  it('a postcode outside the Region proposes none and is flagged', () => {
    expect(municipalityForPostcode('1300')).toBeNull();
    expect(isOutsideBrussels('1300')).toBe(true);
    expect(isOutsideBrussels('1000')).toBe(false);
    expect(isOutsideBrussels(null)).toBe(false);
  });

  it('checks Belgian postcodes and NIS codes', () => {
    expect(isBelgianPostcode('1000')).toBe(true);
    expect(isBelgianPostcode('0999')).toBe(false);
    expect(isBelgianPostcode('10000')).toBe(false);
    expect(isBrusselsMunicipality('21004')).toBe(true);
    expect(isBrusselsMunicipality('11002')).toBe(false);
  });
});
