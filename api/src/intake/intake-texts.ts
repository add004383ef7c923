import type { LegalForm } from '../domain/organisation-codes';
import type { IntakeFieldError, IntakeLanguage, IntakeTopic, ProjectStage } from '../domain/intake';
import { labelsIn } from '../domain/i18n/labels';

/** Every word of the public intake page, its errors and its confirmation mail, in French, Dutch and English. */
export interface IntakeTexts {
  htmlTitle: string;
  heading: string;
  intro: string;
  requiredNote: string;
  skipLink: string;
  sections: { you: string; organisation: string; question: string };
  fields: {
    firstName: string;
    lastName: string;
    email: string;
    phone: string;
    organisationName: string;
    enterpriseNumber: string;
    enterpriseNumberHint: string;
    postcode: string;
    legalForm: string;
    legalFormNone: string;
    projectStage: string;
    topics: string;
    question: string;
    questionHint: string;
    language: string;
    consent: string;
    honeypot: string;
  };
  projectStages: Record<ProjectStage, string>;
  topics: Record<IntakeTopic, string>;
  legalForms: Partial<Record<LegalForm, string>>;
  languages: Record<IntakeLanguage, string>;
  privacyLink: string;
  submit: string;
  errorSummary: string;
  errors: Record<IntakeFieldError, string> & { form_expired: string; too_many: string };
  numberValid: string;
  thanksTitle: string;
  thanksBody: string;
  thanksNext: string;
  otherLanguages: string;
  accessibility: string;
}

const fr: IntakeTexts = {
  htmlTitle: 'Une question sur l’entrepreneuriat social à Bruxelles ? – hub.brussels',
  heading: 'Vous avez une question sur l’entrepreneuriat social à Bruxelles ?',
  intro: 'Contactez-nous : un conseiller ou une conseillère de hub.brussels vous répond.',
  requiredNote: 'Les champs marqués d’un * sont obligatoires.',
  skipLink: 'Aller au formulaire',
  sections: { you: 'Vous', organisation: 'Votre organisation ou votre projet', question: 'Votre question' },
  fields: {
    firstName: 'Prénom',
    lastName: 'Nom',
    email: 'Adresse e-mail',
    phone: 'Téléphone',
    organisationName: 'Nom de l’organisation ou du projet',
    enterpriseNumber: 'Numéro d’entreprise',
    enterpriseNumberHint: 'Si vous en avez un, par exemple 0403.019.261',
    postcode: 'Code postal',
    legalForm: 'Forme juridique',
    legalFormNone: 'Pas encore / je ne sais pas',
    projectStage: 'Où en êtes-vous ?',
    topics: 'Sur quoi porte votre question ?',
    question: 'Votre question',
    questionHint: 'Au maximum 5 000 caractères.',
    language: 'Langue de contact souhaitée',
    consent:
      'J’accepte que hub.brussels traite les données de ce formulaire pour répondre à ma question et m’accompagner, comme décrit dans sa politique de protection des données.',
    honeypot: 'Ne remplissez pas ce champ',
  },
  projectStages: {
    idea: 'J’ai une idée',
    launching: 'Je lance mon activité',
    running: 'Mon organisation existe depuis quelques années',
  },
  topics: labelsIn('intakeTopic', 'fr') as Record<IntakeTopic, string>,
  legalForms: {
    asbl_vzw: 'ASBL',
    aisbl_ivzw: 'AISBL',
    foundation: 'Fondation',
    sc_cv: 'Société coopérative (SC)',
    srl_bv: 'SRL',
    sa_nv: 'SA',
    partnership: 'Société simple, SNC ou SComm',
    mutual_society: 'Mutualité',
    public_body: 'Organisme public (CPAS, …)',
    de_facto_association: 'Association de fait',
    other: 'Autre',
  },
  languages: { fr: 'Français', nl: 'Nederlands', en: 'English' },
  privacyLink: 'Politique de protection des données de hub.brussels',
  submit: 'Envoyer ma question',
  errorSummary: 'Le formulaire contient des erreurs :',
  errors: {
    required: 'Ce champ est obligatoire.',
    too_long: 'Ce texte est trop long.',
    email_invalid: 'Cette adresse e-mail n’est pas valide (exemple : nom@exemple.be).',
    phone_invalid: 'Ce numéro de téléphone n’est pas valide.',
    enterprise_number_invalid:
      'Ce numéro d’entreprise n’est pas valide : vérifiez les chiffres (exemple : 0403.019.261).',
    postcode_invalid: 'Un code postal belge a 4 chiffres.',
    not_in_list: 'Choisissez une valeur de la liste.',
    consent_required: 'Nous avons besoin de votre accord pour traiter votre question.',
    form_expired: 'Le formulaire a expiré : rechargez la page et renvoyez-le.',
    too_many: 'Nous avons reçu beaucoup de demandes : réessayez dans une heure, ou écrivez-nous par e-mail.',
  },
  numberValid: 'Numéro d’entreprise valide.',
  thanksTitle: 'Merci, votre question est bien arrivée',
  thanksBody:
    'Un conseiller ou une conseillère de hub.brussels la lit et vous répond, en général dans les cinq jours ouvrables.',
  thanksNext: 'Vous recevez aussi une confirmation par e-mail.',
  otherLanguages: 'Autres langues',
  accessibility: 'Déclaration d’accessibilité',
};

const nl: IntakeTexts = {
  htmlTitle: 'Een vraag over sociaal ondernemerschap in Brussel? – hub.brussels',
  heading: 'Heeft u een vraag over sociaal ondernemerschap in Brussel?',
  intro: 'Neem contact met ons op: een adviseur van hub.brussels antwoordt u.',
  requiredNote: 'Velden met een * zijn verplicht.',
  skipLink: 'Naar het formulier',
  sections: { you: 'U', organisation: 'Uw organisatie of project', question: 'Uw vraag' },
  fields: {
    firstName: 'Voornaam',
    lastName: 'Achternaam',
    email: 'E-mailadres',
    phone: 'Telefoon',
    organisationName: 'Naam van de organisatie of het project',
    enterpriseNumber: 'Ondernemingsnummer',
    enterpriseNumberHint: 'Als u er een heeft, bijvoorbeeld 0403.019.261',
    postcode: 'Postcode',
    legalForm: 'Rechtsvorm',
    legalFormNone: 'Nog niet / ik weet het niet',
    projectStage: 'Waar staat u?',
    topics: 'Waarover gaat uw vraag?',
    question: 'Uw vraag',
    questionHint: 'Hoogstens 5.000 tekens.',
    language: 'Gewenste contacttaal',
    consent:
      'Ik ga ermee akkoord dat hub.brussels de gegevens van dit formulier verwerkt om mijn vraag te beantwoorden en mij te begeleiden, zoals beschreven in zijn privacybeleid.',
    honeypot: 'Vul dit veld niet in',
  },
  projectStages: {
    idea: 'Ik heb een idee',
    launching: 'Ik start mijn activiteit',
    running: 'Mijn organisatie bestaat al enkele jaren',
  },
  topics: labelsIn('intakeTopic', 'nl') as Record<IntakeTopic, string>,
  legalForms: {
    asbl_vzw: 'VZW',
    aisbl_ivzw: 'IVZW',
    foundation: 'Stichting',
    sc_cv: 'Coöperatieve vennootschap (CV)',
    srl_bv: 'BV',
    sa_nv: 'NV',
    partnership: 'Maatschap, VOF of CommV',
    mutual_society: 'Ziekenfonds',
    public_body: 'Openbare instelling (OCMW, …)',
    de_facto_association: 'Feitelijke vereniging',
    other: 'Andere',
  },
  languages: { fr: 'Français', nl: 'Nederlands', en: 'English' },
  privacyLink: 'Privacybeleid van hub.brussels',
  submit: 'Mijn vraag versturen',
  errorSummary: 'Het formulier bevat fouten:',
  errors: {
    required: 'Dit veld is verplicht.',
    too_long: 'Deze tekst is te lang.',
    email_invalid: 'Dit e-mailadres is niet geldig (voorbeeld: naam@voorbeeld.be).',
    phone_invalid: 'Dit telefoonnummer is niet geldig.',
    enterprise_number_invalid:
      'Dit ondernemingsnummer is niet geldig: controleer de cijfers (voorbeeld: 0403.019.261).',
    postcode_invalid: 'Een Belgische postcode heeft 4 cijfers.',
    not_in_list: 'Kies een waarde uit de lijst.',
    consent_required: 'We hebben uw akkoord nodig om uw vraag te behandelen.',
    form_expired: 'Het formulier is verlopen: laad de pagina opnieuw en verstuur het opnieuw.',
    too_many: 'We kregen veel aanvragen: probeer het over een uur opnieuw, of mail ons.',
  },
  numberValid: 'Geldig ondernemingsnummer.',
  thanksTitle: 'Bedankt, uw vraag is goed aangekomen',
  thanksBody: 'Een adviseur van hub.brussels leest ze en antwoordt u, meestal binnen vijf werkdagen.',
  thanksNext: 'U krijgt ook een bevestiging per e-mail.',
  otherLanguages: 'Andere talen',
  accessibility: 'Toegankelijkheidsverklaring',
};

const en: IntakeTexts = {
  htmlTitle: 'A question about social entrepreneurship in Brussels? – hub.brussels',
  heading: 'Do you have a question about social entrepreneurship in Brussels?',
  intro: 'Contact us: an advisor of hub.brussels will answer you.',
  requiredNote: 'Fields marked * are required.',
  skipLink: 'Skip to the form',
  sections: { you: 'You', organisation: 'Your organisation or project', question: 'Your question' },
  fields: {
    firstName: 'First name',
    lastName: 'Last name',
    email: 'E-mail address',
    phone: 'Phone',
    organisationName: 'Name of the organisation or project',
    enterpriseNumber: 'Enterprise number',
    enterpriseNumberHint: 'If you have one, for example 0403.019.261',
    postcode: 'Postcode',
    legalForm: 'Legal form',
    legalFormNone: 'Not yet / I do not know',
    projectStage: 'Where are you?',
    topics: 'What is your question about?',
    question: 'Your question',
    questionHint: 'At most 5,000 characters.',
    language: 'Preferred language for contact',
    consent:
      'I agree that hub.brussels processes the data of this form to answer my question and support me, as described in its privacy notice.',
    honeypot: 'Do not fill in this field',
  },
  projectStages: {
    idea: 'I have an idea',
    launching: 'I am launching my activity',
    running: 'My organisation has been running for some years',
  },
  topics: labelsIn('intakeTopic', 'en') as Record<IntakeTopic, string>,
  legalForms: {
    asbl_vzw: 'Non-profit association (ASBL / VZW)',
    aisbl_ivzw: 'International non-profit (AISBL / IVZW)',
    foundation: 'Foundation',
    sc_cv: 'Cooperative company (SC / CV)',
    srl_bv: 'Private limited company (SRL / BV)',
    sa_nv: 'Public limited company (SA / NV)',
    partnership: 'Partnership',
    mutual_society: 'Mutual society',
    public_body: 'Public body (CPAS / OCMW, …)',
    de_facto_association: 'De facto association',
    other: 'Other',
  },
  languages: { fr: 'Français', nl: 'Nederlands', en: 'English' },
  privacyLink: 'hub.brussels privacy notice',
  submit: 'Send my question',
  errorSummary: 'The form has errors:',
  errors: {
    required: 'This field is required.',
    too_long: 'This text is too long.',
    email_invalid: 'This e-mail address is not valid (example: name@example.be).',
    phone_invalid: 'This phone number is not valid.',
    enterprise_number_invalid: 'This enterprise number is not valid: check the digits (example: 0403.019.261).',
    postcode_invalid: 'A Belgian postcode has 4 digits.',
    not_in_list: 'Choose a value from the list.',
    consent_required: 'We need your agreement to handle your question.',
    form_expired: 'The form has expired: reload the page and send it again.',
    too_many: 'We received many requests: try again in an hour, or write to us by e-mail.',
  },
  numberValid: 'Valid enterprise number.',
  thanksTitle: 'Thank you, your question has arrived',
  thanksBody: 'An advisor of hub.brussels reads it and answers you, usually within five working days.',
  thanksNext: 'You also receive a confirmation by e-mail.',
  otherLanguages: 'Other languages',
  accessibility: 'Accessibility statement',
};

export const INTAKE_TEXTS: Record<IntakeLanguage, IntakeTexts> = { fr, nl, en };
