import {
  checkHeader,
  checkSequence,
  ExtractRefused,
  kboDate,
  loadPlan,
  parseCsvLine,
  parseMeta,
} from '../../api/src/kbo/extract-files';
import { profileChanges, changeTaskTitle, KboProfile } from '../../api/src/domain/kbo-changes';
import { legalFormForJuridicalForm } from '../../api/src/domain/kbo-juridical-forms';
import { sectorForNace } from '../../api/src/domain/kbo-nace-sectors';
import { alertForEnterprise, alertForSituation } from '../../api/src/domain/kbo-situations';

const refusal = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    if (error instanceof ExtractRefused) return error.code;
    throw error;
  }
  return 'accepted';
};

describe('KBO extract files (the cookbook format)', () => {
  it('reads quoted values with commas and doubled quotes, and empty fields as null', () => {
    expect(parseCsvLine('"0200.065.765","AC","000","2","417",,"01-10-1960"')).toEqual([
      '0200.065.765',
      'AC',
      '000',
      '2',
      '417',
      null,
      '01-10-1960',
    ]);
    expect(parseCsvLine('"0403.019.261","1","001","Les ""Petits"" Riens, ateliers"')).toEqual([
      '0403.019.261',
      '1',
      '001',
      'Les "Petits" Riens, ateliers',
    ]);
    expect(parseCsvLine('"a","",""')).toEqual(['a', null, null]);
    expect(parseCsvLine('"a",')).toEqual(['a', null]);
    expect(refusal(() => parseCsvLine('"never closed'))).toBe('kbo.bad_csv');
  });

  it('reads dd-mm-yyyy dates and refuses what is no calendar date', () => {
    expect(kboDate('01-10-1960')).toBe('1960-10-01');
    expect(kboDate('29-02-2016')).toBe('2016-02-29');
    expect(kboDate('')).toBeNull();
    expect(kboDate(null)).toBeNull();
    expect(refusal(() => kboDate('31-02-2020'))).toBe('kbo.bad_date');
    expect(refusal(() => kboDate('2020-02-01'))).toBe('kbo.bad_date');
  });

  it('reads meta.csv: snapshot date, type and number', () => {
    const meta = parseMeta(
      '"Variable","Value"\r\n"SnapshotDate","07-11-2026"\r\n"ExtractTimestamp","08-11-2026 01:02:03"\r\n"ExtractType","update"\r\n"ExtractNumber","141"\r\n"Version","1.0.0"\r\n',
    );
    expect(meta).toEqual({
      snapshotDate: '2026-11-07',
      extractTimestamp: '08-11-2026 01:02:03',
      extractType: 'update',
      extractNumber: 141,
      version: '1.0.0',
    });
    expect(
      refusal(() =>
        parseMeta('"Variable","Value"\n"ExtractType","monthly"\n"ExtractNumber","1"\n"SnapshotDate","01-01-2026"'),
      ),
    ).toBe('kbo.bad_meta');
    expect(
      refusal(() =>
        parseMeta('"Variable","Value"\n"ExtractType","full"\n"ExtractNumber","x"\n"SnapshotDate","01-01-2026"'),
      ),
    ).toBe('kbo.bad_meta');
  });

  it('applies every delete of an update before any insert, code first, data files in the cookbook order', () => {
    const names = [
      'meta.csv',
      'code.csv',
      ...['enterprise', 'establishment', 'denomination', 'address', 'contact', 'activity', 'branch'].flatMap((f) => [
        `${f}_insert.csv`,
        `${f}_delete.csv`,
      ]),
    ];
    const plan = loadPlan('update', names).map((step) => `${step.action} ${step.file.name}`);
    expect(plan[0]).toBe('replace code');
    const lastDelete = plan.map((s) => s.startsWith('delete')).lastIndexOf(true);
    const firstInsert = plan.findIndex((s) => s.startsWith('insert'));
    expect(lastDelete).toBeLessThan(firstInsert);
    expect(plan.slice(1, 4)).toEqual(['delete enterprise', 'delete establishment', 'delete branch']);
    expect(plan).toHaveLength(15);
  });

  it('a full extract replaces every file; a missing file is refused, branch.csv is optional', () => {
    const full = [
      'meta.csv',
      'code.csv',
      'enterprise.csv',
      'establishment.csv',
      'denomination.csv',
      'address.csv',
      'contact.csv',
      'activity.csv',
    ];
    expect(loadPlan('full', full).map((s) => s.action)).toEqual(Array(7).fill('replace'));
    expect(
      refusal(() =>
        loadPlan(
          'full',
          full.filter((f) => f !== 'address.csv'),
        ),
      ),
    ).toBe('kbo.file_missing');
    expect(refusal(() => loadPlan('update', ['code.csv', 'enterprise_insert.csv']))).toBe('kbo.file_missing');
  });

  it('checks each header against the cookbook, BOM and CRLF allowed', () => {
    const [, enterprise] = loadPlan('full', [
      'code.csv',
      'enterprise.csv',
      'establishment.csv',
      'denomination.csv',
      'address.csv',
      'contact.csv',
      'activity.csv',
    ]);
    expect(
      refusal(() =>
        checkHeader(
          enterprise,
          '\uFEFF"EnterpriseNumber","Status","JuridicalSituation","TypeOfEnterprise","JuridicalForm","JuridicalFormCAC","StartDate"\r',
        ),
      ),
    ).toBe('accepted');
    expect(refusal(() => checkHeader(enterprise, '"EnterpriseNumber","Status"'))).toBe('kbo.unexpected_columns');
    const [, deletes] = loadPlan('update', [
      'code.csv',
      ...['enterprise', 'establishment', 'denomination', 'address', 'contact', 'activity'].flatMap((f) => [
        `${f}_insert.csv`,
        `${f}_delete.csv`,
      ]),
    ]);
    expect(refusal(() => checkHeader(deletes, '"EnterpriseNumber"'))).toBe('accepted');
  });

  it('refuses an update that does not follow the last extract, never a full one', () => {
    const meta = (extractType: 'full' | 'update', extractNumber: number) => ({
      extractType,
      extractNumber,
      snapshotDate: '2026-11-07',
      extractTimestamp: null,
      version: null,
    });
    expect(refusal(() => checkSequence(meta('update', 141), 140))).toBe('accepted');
    expect(refusal(() => checkSequence(meta('update', 142), 140))).toBe('kbo.update_out_of_order');
    expect(refusal(() => checkSequence(meta('update', 140), 140))).toBe('kbo.update_out_of_order');
    expect(refusal(() => checkSequence(meta('update', 141), null))).toBe('kbo.update_without_full');
    expect(refusal(() => checkSequence(meta('full', 90), 140))).toBe('accepted');
  });
});

describe('KBO juridical forms to Traject legal forms', () => {
  it.each([
    ['017', 'asbl_vzw'],
    ['17', 'asbl_vzw'],
    ['125', 'aisbl_ivzw'],
    ['026', 'foundation'],
    ['029', 'foundation'],
    ['706', 'sc_cv'],
    ['008', 'sc_cv'],
    ['006', 'sc_cv'],
    ['610', 'srl_bv'],
    ['015', 'srl_bv'],
    ['014', 'sa_nv'],
    ['011', 'partnership'],
    ['012', 'partnership'],
    ['612', 'partnership'],
  ])('%s -> %s', (code, legalForm) => expect(legalFormForJuridicalForm(code)).toBe(legalForm));

  it('leaves an unknown or missing code to the advisor', () => {
    expect(legalFormForJuridicalForm('999')).toBeNull();
    expect(legalFormForJuridicalForm(null)).toBeNull();
    expect(legalFormForJuridicalForm('')).toBeNull();
  });

  it('suggests a sector from the main NACE code, the longest prefix winning', () => {
    expect(sectorForNace('88999')).toBe('social_action');
    expect(sectorForNace('86.210')).toBe('health_care');
    expect(sectorForNace('81210')).toBe('service_vouchers');
    expect(sectorForNace('47210')).toBe('sustainable_food');
    expect(sectorForNace('47111')).toBeNull();
    expect(sectorForNace(null)).toBeNull();
  });
});

describe('following KBO changes', () => {
  const profile = (over: Partial<KboProfile> = {}): KboProfile => ({
    names: { '1': 'Vélo Bleu' },
    address: {
      street: 'Rue du Vélo',
      houseNumber: '3',
      box: null,
      zipcode: '1030',
      municipalityFr: 'Schaerbeek',
      municipalityNl: 'Schaarbeek',
    },
    juridicalForm: '706',
    status: 'AC',
    juridicalSituation: '000',
    activities: ['2025:56101'],
    ...over,
  });

  it('reports nothing the first time, and each field that moved afterwards', () => {
    expect(profileChanges(null, profile())).toEqual([]);
    expect(profileChanges(profile(), profile({ activities: ['2025:56101'] }))).toEqual([]);
    const changes = profileChanges(
      profile(),
      profile({ names: { '1': 'Vélo Rouge' }, juridicalSituation: '012', activities: ['2025:56101', '2025:88999'] }),
    );
    expect(changes.map((c) => c.field)).toEqual(['name', 'juridicalSituation', 'activities']);
    expect(changes[0]).toEqual({ field: 'name', from: { '1': 'Vélo Bleu' }, to: { '1': 'Vélo Rouge' } });
  });

  it('an enterprise gone from the open data has stopped', () => {
    expect(profileChanges(profile(), null)).toEqual([{ field: 'status', from: 'AC', to: null }]);
    expect(alertForEnterprise(false, null, null)).toBe('stopped');
  });

  it('reads bankruptcy, liquidation and reorganisation from the situation labels', () => {
    expect(alertForSituation('000', ['Situation normale'])).toBeNull();
    expect(alertForSituation('012', ['Ouverture de faillite', 'Opening faillissement'])).toBe('bankruptcy');
    expect(alertForSituation('020', ['Réorganisation judiciaire'])).toBe('reorganisation');
    expect(alertForSituation('006', ['Begin van vereffening'])).toBe('liquidation');
    expect(alertForSituation('091', ['Dissolution de plein droit'])).toBe('stopped');
    expect(alertForSituation('999', ['Quelque chose'])).toBeNull();
  });

  it('writes the advisor task in the advisor language', () => {
    expect(changeTaskTitle('nl', 'Vélo Bleu', null)).toBe('KBO: wijzigingen van Vélo Bleu nakijken');
    expect(changeTaskTitle('en', 'Vélo Bleu', 'liquidation')).toBe(
      'KBO: check the changes of Vélo Bleu (enterprise in liquidation)',
    );
    expect(changeTaskTitle('fr', 'Vélo Bleu', 'stopped')).toBe(
      'BCE : vérifier les changements de Vélo Bleu (entreprise arrêtée)',
    );
  });
});
