import { decodeCsv, detectDelimiter, readCsv } from '../../api/src/common/csv/csv-reader';
import { headerKey, mapHeaders } from '../../api/src/organisations/import/import-headers';
import { planImport, StoredOrganisation } from '../../api/src/organisations/import/import-plan';
import { legalFormFrom, readImportRow, sectorFrom } from '../../api/src/organisations/import/import-row';

describe('reading CSV', () => {
  it('reads quotes, doubled quotes, delimiters and line breaks inside cells, CRLF and blank lines', () => {
    const text = 'name,description\r\n"Les Tartines, SC","Pain ""bio""\r\net local"\r\n\r\nZinneke,\n';
    expect(readCsv(text)).toEqual([
      { line: 1, cells: ['name', 'description'] },
      { line: 2, cells: ['Les Tartines, SC', 'Pain "bio"\r\net local'] },
      { line: 5, cells: ['Zinneke', ''] },
    ]);
  });

  it('detects semicolons, as Excel writes them in Belgium', () => {
    expect(detectDelimiter('nom;code postal\nA;1000')).toBe(';');
    expect(detectDelimiter('"a;b",c\n')).toBe(',');
    expect(readCsv('nom;code postal\nA, B;1000')).toEqual([
      { line: 1, cells: ['nom', 'code postal'] },
      { line: 2, cells: ['A, B', '1000'] },
    ]);
  });

  it('drops a BOM and falls back to Windows-1252 for bytes that are not UTF-8', () => {
    expect(decodeCsv(Buffer.from('\uFEFFnom\nCoopérative', 'utf8'))).toBe('nom\nCoopérative');
    expect(decodeCsv(Buffer.from([0x43, 0x6f, 0x6f, 0x70, 0xe9, 0x72]))).toBe('Coopér');
  });
});

describe('mapping CSV headers', () => {
  it('understands English, French and Dutch names, with or without accents and case', () => {
    const mapping = mapHeaders([
      'Nom',
      "Numéro d'entreprise",
      'Rechtsvorm',
      'Code postal',
      'Secteurs',
      'Talen',
      'ETP',
      'Bénévoles',
      'Favourite colour',
    ]);
    expect([...mapping.columns.values()]).toEqual([
      'name',
      'enterpriseNumber',
      'legalForm',
      'postcode',
      'sectors',
      'languages',
      'employeesFte',
      'volunteers',
    ]);
    expect(mapping.ignored).toEqual(['Favourite colour']);
    expect(mapHeaders(['naam', 'ondernemingsnummer', 'postcode']).columns.get(1)).toBe('enterpriseNumber');
    expect(mapHeaders(['name', 'nom']).duplicated).toEqual(['name']);
  });

  it('normalises a header to letters and digits', () => {
    expect(headerKey(" Numéro d'Entreprise ")).toBe('numerodentreprise');
  });

  it('reads legal forms as codes or as the French and Dutch abbreviations', () => {
    expect(legalFormFrom('ASBL')).toBe('asbl_vzw');
    expect(legalFormFrom('vzw')).toBe('asbl_vzw');
    expect(legalFormFrom('SRL')).toBe('srl_bv');
    expect(legalFormFrom('Coöperatieve vennootschap')).toBe('sc_cv');
    expect(legalFormFrom('sc_cv')).toBe('sc_cv');
    expect(legalFormFrom('Ltd')).toBeUndefined();
  });

  it('reads legal forms and sectors by the words Traject shows, in French, Dutch or English, as well as by code', () => {
    for (const [cell, form] of [
      ['ASBL / VZW', 'asbl_vzw'],
      ['non-profit association', 'asbl_vzw'],
      ['ASBL / VZW (non-profit association)', 'asbl_vzw'],
      ['Société coopérative', 'sc_cv'],
      ['Cooperative company', 'sc_cv'],
      ['Stichting', 'foundation'],
      ['Association de fait', 'de_facto_association'],
      ['Feitelijke vereniging', 'de_facto_association'],
      ['Projet non constitué', 'not_incorporated'],
      ['Openbaar bestuur (OCMW…)', 'public_body'],
    ])
      expect([cell, legalFormFrom(cell)]).toEqual([cell, form]);
    for (const [cell, sector] of [
      ['Duurzame voeding', 'sustainable_food'],
      ['Alimentation durable', 'sustainable_food'],
      ['Sustainable food', 'sustainable_food'],
      ['sustainable_food', 'sustainable_food'],
      ['Insertion socioprofessionnelle', 'work_integration'],
      ['Titres-services', 'service_vouchers'],
      ['Dienstencheques', 'service_vouchers'],
    ])
      expect([cell, sectorFrom(cell)]).toEqual([cell, sector]);
    expect(sectorFrom('Knitting')).toBeUndefined();
    const mapping = mapHeaders(['Nom', 'Forme juridique', 'Secteurs']);
    const { values, problems } = readImportRow(['Zinneke', 'VZW', 'Duurzame voeding | Cultuur'], mapping);
    expect(problems).toEqual([]);
    expect(values).toMatchObject({ legalForm: 'asbl_vzw', sectors: ['sustainable_food', 'culture'] });
  });

  it('reads old abbreviations as DOMAIN.md says: SCS / GCV is a limited partnership, SCRI / CVOA a cooperative', () => {
    expect(legalFormFrom('SCS')).toBe('partnership');
    expect(legalFormFrom('GCV')).toBe('partnership');
    expect(legalFormFrom('SCRI')).toBe('sc_cv');
    expect(legalFormFrom('CVOA')).toBe('sc_cv');
    expect(legalFormFrom('association')).toBeUndefined();
    expect(legalFormFrom('Vereniging')).toBeUndefined();
  });
});

describe('planning an import', () => {
  const stored: StoredOrganisation = {
    id: 'org-1',
    name: 'Zinneke',
    enterpriseNumber: '0403019261',
    legalForm: 'asbl_vzw',
    sectors: ['culture'],
    description: null,
    socialMission: null,
    street: null,
    postcode: '1000',
    municipality: '21004',
    website: null,
    email: null,
    phone: null,
    foundedOn: null,
    registeredOn: null,
    employeesFte: null,
    volunteers: null,
    languages: ['fr', 'nl'],
    tags: [],
  };
  const plan = (csv: string, existing: StoredOrganisation[] = [stored]) => {
    const [header, ...rows] = readCsv(csv);
    return planImport(rows, mapHeaders(header.cells), existing).map((s) => s.report);
  };

  it('a bare "association" or "vereniging" is not guessed as an ASBL: the row goes in without a legal form, and says so', () => {
    const report = plan(
      'nom;forme juridique;date de début\nLes Amis;association;15/03/2019\nDe Vrienden;Vereniging;\n',
      [],
    );
    expect(report.map((r) => r.action)).toEqual(['create', 'create']);
    expect(report[0].notes).toEqual([
      'legal form "association" left empty: an association may be an ASBL, an AISBL or a de facto association',
    ]);
    expect(report[1].notes).toHaveLength(1);
  });

  it('reads the BCE start date as the registration date', () => {
    const [header, ...rows] = readCsv('nom;date de début\nLes Amis;15/03/2019\n');
    const steps = planImport(rows, mapHeaders(header.cells), []);
    expect(steps[0].row?.registeredOn).toBe('2019-03-15');
  });

  it('creates, updates, leaves unchanged and refuses, saying why, line by line', () => {
    const reports = plan(
      [
        'name,enterprise number,postcode,sectors,languages',
        'Zinneke,0403.019.261,1000,culture,nl|fr',
        'Zinneke,0403.019.261,1060,culture,fr',
        'Nouvelle Coopérative,,1080,,',
        ',0440.966.354,1000,,',
        'Mauvais numéro,0431.150.351,1000,,',
        'Secteur inconnu,,1000,knitting,',
      ].join('\n'),
    );
    expect(reports.map((r) => [r.line, r.action])).toEqual([
      [2, 'unchanged'],
      [3, 'refuse'],
      [4, 'create'],
      [5, 'refuse'],
      [6, 'refuse'],
      [7, 'refuse'],
    ]);
    expect(reports[1].reasons).toEqual(['the same organisation as line 2']);
    expect(reports[3].reasons).toEqual(['name is missing']);
    expect(reports[4].reasons[0]).toMatch(/mod-97/);
    expect(reports[5].reasons[0]).toMatch(/unknown sector knitting/);
  });

  it('matches by enterprise number first, then by exact name and postcode, and lists the changed fields', () => {
    const byNumber = plan('name,enterprise number,postcode\nZinneke asbl,0403019261,1060');
    expect(byNumber[0]).toMatchObject({
      action: 'update',
      organisationId: 'org-1',
      reasons: ['Name changes', 'Postcode changes'],
    });
    const byName = plan('name,postcode,email\nZinneke,1000,info@zinneke.example');
    expect(byName[0]).toMatchObject({ action: 'update', organisationId: 'org-1', reasons: ['Email changes'] });
    const elsewhere = plan('name,postcode\nZinneke,1030');
    expect(elsewhere[0].action).toBe('create');
  });

  it('refuses a row whose name and postcode match an organisation with another number', () => {
    const [report] = plan('name,postcode,enterprise number\nZinneke,1000,0440.966.354');
    expect(report.action).toBe('refuse');
    expect(report.reasons[0]).toMatch(/enterprise number is 0403.019.261/);
  });
});
