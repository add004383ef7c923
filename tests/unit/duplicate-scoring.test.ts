import {
  phoneKey,
  scoreContacts,
  scoreOrganisations,
  websiteHost,
  emailDomain,
} from '../../api/src/domain/duplicate-scoring';
import { comparableName, nameSimilarity } from '../../api/src/domain/name-similarity';

const organisation = (over: Partial<Parameters<typeof scoreOrganisations>[0]> = {}) => ({
  name: 'x',
  enterpriseNumber: null,
  website: null,
  email: null,
  phone: null,
  street: null,
  postcode: null,
  ...over,
});

describe('duplicate scoring', () => {
  it('compares names accent-, case-, punctuation- and legal-form-blind', () => {
    expect(comparableName('ASBL Les Petits Riens')).toBe('les petits riens');
    expect(comparableName('Les Petits Riens v.z.w.')).toBe('les petits riens');
    expect(comparableName('Coopérative « L’Épicerie » SCRL')).toBe('cooperative l epicerie');
    expect(nameSimilarity('ASBL Les Petits Riens', 'Les Petits Riens vzw')).toBe(1);
    expect(nameSimilarity('Les Petits Riens', 'Atelier Vélo Canal')).toBeLessThan(0.2);
    expect(nameSimilarity('', 'x')).toBe(0);
  });

  it('normalises websites, e-mail domains (never public mailboxes) and Belgian phone numbers', () => {
    expect(websiteHost('https://www.Example.be/fr/?a=1')).toBe('example.be');
    expect(emailDomain('Info@Example.be')).toBe('example.be');
    expect(emailDomain('someone@gmail.com')).toBe('');
    expect(phoneKey('+32 2 537 30 26')).toBe(phoneKey('02/537.30.26'));
    expect(phoneKey('0032 470 12 34 56')).toBe(phoneKey('0470 123 456'));
    expect(phoneKey('123')).toBe('');
  });

  it('scores each shared trait with its reason, capped at 1', () => {
    expect(
      scoreOrganisations(
        organisation({ name: 'Alpha', enterpriseNumber: '0403019261' }),
        organisation({ name: 'Zulu', enterpriseNumber: '403019261' }),
      ),
    ).toEqual({ score: 1, reasons: [{ code: 'same_enterprise_number' }] });
    const named = scoreOrganisations(
      organisation({ name: 'ASBL Les Petits Riens' }),
      organisation({ name: 'Les Petits Riens vzw' }),
    );
    expect(named).toEqual({ score: 0.6, reasons: [{ code: 'similar_name', similarity: 1 }] });
    const traits = scoreOrganisations(
      organisation({
        name: 'Alpha',
        website: 'alpha.example',
        email: 'a@alpha.example',
        phone: '02 111 22 33',
        street: 'Rue Haute 5',
        postcode: '1000',
      }),
      organisation({
        name: 'Omega',
        website: 'https://alpha.example',
        email: 'b@alpha.example',
        phone: '+3221112233',
        street: 'rue haute 5',
        postcode: '1000',
      }),
    );
    expect(traits.reasons.map((r) => r.code)).toEqual(['same_website', 'same_phone', 'same_address']);
    expect(traits.score).toBe(0.95);
    expect(
      scoreOrganisations(
        organisation({ name: 'Alpha', email: 'a@gmail.com' }),
        organisation({ name: 'Zulu', email: 'b@gmail.com' }),
      ),
    ).toEqual({ score: 0, reasons: [] });
  });

  it('scores contacts by e-mail, name and phone, a little more within one organisation', () => {
    const a = {
      firstName: 'Sophie',
      lastName: 'Lemaître',
      email: 'sophie@mqn.example.be',
      phone: null,
      organisationId: 'o1',
    };
    expect(
      scoreContacts(a, { ...a, lastName: 'Lemaitre', email: 'SOPHIE@mqn.example.be', organisationId: 'o2' }).score,
    ).toBe(1);
    expect(scoreContacts(a, { ...a, email: null }).score).toBe(0.6);
    expect(scoreContacts(a, { ...a, email: null, organisationId: 'o2' }).score).toBe(0.5);
    expect(
      scoreContacts(a, { firstName: 'Jan', lastName: 'Peeters', email: null, phone: null, organisationId: 'o1' }).score,
    ).toBe(0);
  });
});
