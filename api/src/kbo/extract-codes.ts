/**
 * code.csv labels as the KBO publishes them (French, Dutch, English), for the fictional extracts the demo, the
 * tests and the bench write. Each adds the activity (NACE) codes it uses.
 */
const LABELS: [category: string, code: string, fr: string, nl: string, en: string][] = [
  ['Status', 'AC', 'Actif', 'Actief', 'Active'],
  ['Status', 'ST', 'Arrêté', 'Stopgezet', 'Stopped'],
  ['JuridicalSituation', '000', 'Situation normale', 'Normale toestand', 'Normal situation'],
  ['JuridicalSituation', '012', 'Ouverture de faillite', 'Opening faillissement', 'Opening of bankruptcy'],
  ['TypeOfEnterprise', '2', 'Personne morale', 'Rechtspersoon', 'Legal person'],
  ['TypeOfDenomination', '001', 'Dénomination', 'Maatschappelijke naam', 'Name'],
  ['TypeOfDenomination', '002', 'Abréviation', 'Afkorting', 'Abbreviation'],
  ['TypeOfAddress', 'REGO', 'Siège', 'Zetel', 'Registered seat'],
  ['TypeOfAddress', 'BAET', "Unité d'établissement", 'Vestigingseenheid', 'Establishment unit'],
  ['Classification', 'MAIN', 'Principale', 'Hoofdactiviteit', 'Main'],
  ['Classification', 'SECO', 'Secondaire', 'Nevenactiviteit', 'Secondary'],
  ['ContactType', 'EMAIL', 'Adresse e-mail', 'E-mailadres', 'E-mail address'],
  ['ContactType', 'WEB', 'Adresse web', 'Webadres', 'Web address'],
  ['JuridicalForm', '014', 'Société anonyme', 'Naamloze vennootschap', 'Public limited company'],
  ['JuridicalForm', '015', 'Société en nom collectif', 'Vennootschap onder firma', 'General partnership'],
  ['JuridicalForm', '017', 'Association sans but lucratif', 'Vereniging zonder winstoogmerk', 'Non-profit association'],
  ['JuridicalForm', '026', 'Fondation privée', 'Private stichting', 'Private foundation'],
  ['JuridicalForm', '030', "Fondation d'utilité publique", 'Stichting van openbaar nut', 'Public-benefit foundation'],
  [
    'JuridicalForm',
    '125',
    'Association internationale sans but lucratif',
    'Internationale vereniging zonder winstoogmerk',
    'International non-profit association',
  ],
  ['JuridicalForm', '610', 'Société à responsabilité limitée', 'Besloten vennootschap', 'Private limited company'],
  ['JuridicalForm', '612', 'Société en commandite', 'Commanditaire vennootschap', 'Limited partnership'],
  ['JuridicalForm', '706', 'Société coopérative', 'Coöperatieve vennootschap', 'Cooperative company'],
];

/** The rows of code.csv (Category, Code, Language, Description) for the codes above. */
export function fictionalExtractCodes(): string[][] {
  return LABELS.flatMap(([category, code, fr, nl, en]) => [
    [category, code, 'FR', fr],
    [category, code, 'NL', nl],
    [category, code, 'EN', en],
  ]);
}
