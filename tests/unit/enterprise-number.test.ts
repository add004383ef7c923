import { checkEnterpriseNumber, formatEnterpriseNumber, vatNumber } from '../../api/src/domain/enterprise-number';

describe('the enterprise number (KBO/BCE)', () => {
  it.each(['0403.019.261', '0428.759.497', '0440.966.354'])('accepts the valid example %s', (number) => {
    expect(checkEnterpriseNumber(number)).toEqual({ valid: true, digits: number.replace(/\./g, '') });
  });

  it('gives 97 as check digits when the remainder is 0 (0428.759.497)', () => {
    expect(Number('04287594') % 97).toBe(0);
    expect(checkEnterpriseNumber('0428759497').valid).toBe(true);
  });

  it('refuses the invalid example 0431.150.351 as a mod-97 failure', () => {
    expect(checkEnterpriseNumber('0431.150.351')).toEqual({
      valid: false,
      code: 'enterprise_number.mod97',
      reason: expect.stringMatching(/mod-97/),
    });
  });

  it('takes dots, spaces, dashes and a BE prefix', () => {
    for (const form of ['0403 019 261', '0403-019-261', 'BE0403019261', 'be 0403.019.261', ' 0403019261 ']) {
      expect(checkEnterpriseNumber(form)).toEqual({ valid: true, digits: '0403019261' });
    }
  });

  it('gives an old 9-digit number its leading 0', () => {
    expect(checkEnterpriseNumber('403.019.261')).toEqual({ valid: true, digits: '0403019261' });
  });

  it('accepts the 1-series', () => {
    const firstEight = '10000000';
    const check = String(97 - (Number(firstEight) % 97)).padStart(2, '0');
    expect(checkEnterpriseNumber(`${firstEight}${check}`)).toEqual({ valid: true, digits: `${firstEight}${check}` });
  });

  it.each(['2', '5', '8'])(
    'refuses an establishment unit number (starting with %s), saying it starts with 2 to 8',
    (first) => {
      const firstEight = `${first}0000000`;
      const check = String(97 - (Number(firstEight) % 97)).padStart(2, '0');
      expect(checkEnterpriseNumber(`${firstEight}${check}`)).toEqual({
        valid: false,
        code: 'enterprise_number.first_digit',
        reason: expect.stringMatching(
          /start with 0 or 1 \(a number starting with 2 to 8 is an establishment unit number/,
        ),
      });
    },
  );

  it('refuses a number starting with 9 without calling it an establishment unit', () => {
    const check = String(97 - (90000000 % 97)).padStart(2, '0');
    expect(checkEnterpriseNumber(`90000000${check}`)).toEqual({
      valid: false,
      code: 'enterprise_number.start',
      reason: 'must start with 0 or 1',
    });
  });

  it.each([
    ['04030192', /10 digits/],
    ['04030192611', /10 digits/],
    ['0403.019.26a', /only digits/],
    ['', /only digits/],
  ])('refuses %s', (input, reason) => {
    expect(checkEnterpriseNumber(input)).toEqual({
      valid: false,
      code: expect.stringMatching(/^enterprise_number\./),
      reason: expect.stringMatching(reason),
    });
  });

  it('formats as 0XXX.XXX.XXX and gives the VAT number', () => {
    expect(formatEnterpriseNumber('0403019261')).toBe('0403.019.261');
    expect(vatNumber('0403019261')).toBe('BE0403019261');
  });
});
