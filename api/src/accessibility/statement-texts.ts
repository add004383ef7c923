import type { IntakeLanguage } from '../domain/intake';
import type { KeyboardJourney, KnownLimit } from './checks';

/** The accessibility statement's words (model of Commission Implementing Decision (EU) 2018/1523), per language. */
interface StatementTexts {
  htmlTitle: string;
  heading: string;
  skipLink: string;
  otherLanguages: string;
  languageName: string;
  intro: string;
  statusTitle: string;
  status: string;
  limitsTitle: string;
  limitsIntro: string;
  limits: Record<KnownLimit, string>;
  preparedTitle: string;
  prepared: (reviewedOn: string) => string;
  method: string;
  screensIntro: string;
  journeysIntro: string;
  journeys: Record<KeyboardJourney, string>;
  otherChecks: string;
  feedbackTitle: string;
  feedback: string;
  enforcementTitle: string;
  enforcement: string;
  intakeLink: string;
}

const fr: StatementTexts = {
  htmlTitle: 'Déclaration d’accessibilité – Traject – hub.brussels',
  heading: 'Déclaration d’accessibilité de Traject',
  skipLink: 'Aller au contenu',
  otherLanguages: 'Autres langues',
  languageName: 'Français',
  intro:
    'hub.brussels s’engage à rendre Traject, son application de suivi des entreprises sociales, et son formulaire de demande public accessibles, conformément à la directive (UE) 2016/2102 relative à l’accessibilité des sites internet et des applications mobiles des organismes du secteur public.',
  statusTitle: 'État de conformité',
  status:
    'Traject est partiellement conforme à la norme EN 301 549 et aux règles WCAG 2.1 de niveau AA, en raison des non-conformités énumérées ci-dessous.',
  limitsTitle: 'Contenu non accessible',
  limitsIntro: 'Le contenu suivant n’est pas encore pleinement accessible :',
  limits: {
    manual_audit:
      'Aucun audit manuel complet avec des lecteurs d’écran n’a encore été réalisé : les vérifications décrites ci-dessous sont automatiques.',
    other_language_names:
      'Le nom d’une organisation qui travaille dans une seule autre langue, et celui d’une personne dont la langue est une autre, sont marqués pour les lecteurs d’écran sur la fiche et dans la liste des organisations et dans la liste des contacts ; ailleurs (cartes du tableau, noms cités dans d’autres fiches), pas encore.',
    uploaded_documents:
      'Les documents déposés par les utilisateurs (PDF, tableurs) ne sont pas vérifiés : ils ne relèvent pas de hub.brussels.',
  },
  preparedTitle: 'Établissement de cette déclaration',
  prepared: (date) =>
    `Cette déclaration a été établie le ${date} par une auto-évaluation, à partir des tests automatiques qui accompagnent chaque modification de Traject.`,
  method:
    'Le moteur axe-core vérifie les règles WCAG 2.1 A et AA dans un vrai navigateur ; toute violation d’impact grave ou critique fait échouer les tests, ainsi que les violations modérées déjà corrigées (un titre de niveau 1 par page, une zone principale, des graphiques avec leur tableau de données).',
  screensIntro: 'Écrans vérifiés, en français et en néerlandais, avec chaque boîte de dialogue ouverte :',
  journeysIntro: 'Parcours réalisés au clavier seul :',
  journeys: {
    search: 'rechercher une organisation (raccourci « / », flèches, Entrée) ;',
    log_meeting: 'noter une rencontre depuis la fiche d’une organisation ;',
    assessment: 'remplir et finaliser une évaluation EMES ;',
    board_move: 'déplacer un accompagnement sur le tableau sans glisser (menu « Déplacer vers… ») ;',
    assign_case: 'ouvrir un accompagnement et l’attribuer ;',
    dialog_focus: 'le focus entre dans chaque boîte de dialogue et revient à son point de départ à la fermeture ;',
    visible_focus: 'le focus est visible sur chaque élément atteint.',
  },
  otherChecks:
    'Sont aussi vérifiés : l’affichage à 200 % et avec l’espacement du texte du critère 1.4.12 sans contenu coupé ni superposé, la langue de la page, les annonces des enregistrements et des erreurs.',
  feedbackTitle: 'Retour d’information et coordonnées',
  feedback:
    'Si vous rencontrez un obstacle, écrivez-nous à %{contact} : nous vous répondrons et vous fournirons le contenu sous une forme accessible.',
  enforcementTitle: 'Procédure de mise en œuvre',
  enforcement:
    'Si notre réponse ne vous satisfait pas, vous pouvez introduire une plainte auprès du Médiateur bruxellois (ombudsman.brussels), compétent pour les organismes de la Région de Bruxelles-Capitale.',
  intakeLink: 'Poser une question à hub.brussels',
};

const nl: StatementTexts = {
  htmlTitle: 'Toegankelijkheidsverklaring – Traject – hub.brussels',
  heading: 'Toegankelijkheidsverklaring van Traject',
  skipLink: 'Naar de inhoud',
  otherLanguages: 'Andere talen',
  languageName: 'Nederlands',
  intro:
    'hub.brussels verbindt zich ertoe Traject, zijn toepassing voor de opvolging van sociale ondernemingen, en zijn openbaar aanvraagformulier toegankelijk te maken, overeenkomstig Richtlijn (EU) 2016/2102 inzake de toegankelijkheid van de websites en mobiele applicaties van overheidsinstanties.',
  statusTitle: 'Nalevingsstatus',
  status:
    'Traject voldoet gedeeltelijk aan de norm EN 301 549 en aan WCAG 2.1 niveau AA, wegens de hieronder opgesomde niet-nalevingen.',
  limitsTitle: 'Niet-toegankelijke inhoud',
  limitsIntro: 'De volgende inhoud is nog niet volledig toegankelijk:',
  limits: {
    manual_audit:
      'Er is nog geen volledige handmatige audit met schermlezers uitgevoerd: de hieronder beschreven controles zijn automatisch.',
    other_language_names:
      'De naam van een organisatie die in één andere taal werkt, en die van een persoon met een andere taal, zijn voor schermlezers gemarkeerd op de fiche en in de lijst van organisaties en in de lijst van contactpersonen; elders (kaarten van het bord, namen in andere fiches) nog niet.',
    uploaded_documents:
      'Documenten die gebruikers opladen (pdf, rekenbladen) worden niet gecontroleerd: ze vallen niet onder hub.brussels.',
  },
  preparedTitle: 'Opstelling van deze verklaring',
  prepared: (date) =>
    `Deze verklaring werd opgesteld op ${date} door zelfbeoordeling, op basis van de automatische tests die elke wijziging van Traject begeleiden.`,
  method:
    'De axe-core-engine controleert de regels van WCAG 2.1 A en AA in een echte browser; elke schending met een ernstige of kritieke impact doet de tests falen, net als de al verbeterde matige schendingen (één kop van niveau 1 per pagina, een hoofdgebied, grafieken met hun gegevenstabel).',
  screensIntro: 'Gecontroleerde schermen, in het Frans en het Nederlands, met elk dialoogvenster geopend:',
  journeysIntro: 'Trajecten die met het toetsenbord alleen worden afgelegd:',
  journeys: {
    search: 'een organisatie zoeken (sneltoets “/”, pijltjes, Enter);',
    log_meeting: 'een ontmoeting noteren vanaf de fiche van een organisatie;',
    assessment: 'een EMES-beoordeling invullen en afronden;',
    board_move: 'een traject op het bord verplaatsen zonder te slepen (menu “Verplaatsen naar…”);',
    assign_case: 'een traject openen en toewijzen;',
    dialog_focus: 'de focus gaat naar elk dialoogvenster en keert bij het sluiten terug naar waar hij was;',
    visible_focus: 'de focus is zichtbaar op elk bereikt element.',
  },
  otherChecks:
    'Ook gecontroleerd: weergave op 200 % en met de tekstafstand van succescriterium 1.4.12 zonder afgesneden of overlappende inhoud, de taal van de pagina, de meldingen van opslaan en van fouten.',
  feedbackTitle: 'Feedback en contactgegevens',
  feedback:
    'Stuit u op een hindernis, schrijf ons dan op %{contact}: we antwoorden u en bezorgen u de inhoud in een toegankelijke vorm.',
  enforcementTitle: 'Handhavingsprocedure',
  enforcement:
    'Bent u niet tevreden met ons antwoord, dan kunt u een klacht indienen bij de Brusselse Ombudsman (ombudsman.brussels), bevoegd voor de instellingen van het Brussels Hoofdstedelijk Gewest.',
  intakeLink: 'Een vraag stellen aan hub.brussels',
};

const en: StatementTexts = {
  htmlTitle: 'Accessibility statement – Traject – hub.brussels',
  heading: 'Accessibility statement for Traject',
  skipLink: 'Skip to content',
  otherLanguages: 'Other languages',
  languageName: 'English',
  intro:
    'hub.brussels is committed to making Traject, its application for following social enterprises, and its public question form accessible, in accordance with Directive (EU) 2016/2102 on the accessibility of the websites and mobile applications of public sector bodies.',
  statusTitle: 'Compliance status',
  status:
    'Traject is partially compliant with standard EN 301 549 and WCAG 2.1 level AA, due to the non-compliances listed below.',
  limitsTitle: 'Non-accessible content',
  limitsIntro: 'The following content is not fully accessible yet:',
  limits: {
    manual_audit:
      'No full manual audit with screen readers has been carried out yet: the checks described below are automated.',
    other_language_names:
      'The name of an organisation working in one other language, and that of a person whose language is another, are marked for screen readers on the organisation’s page and list and in the contacts list; elsewhere (board cards, names shown in other records) not yet.',
    uploaded_documents:
      'Documents uploaded by users (PDFs, spreadsheets) are not checked: they are not hub.brussels’s content.',
  },
  preparedTitle: 'Preparation of this statement',
  prepared: (date) =>
    `This statement was prepared on ${date} by self-assessment, from the automated tests that run with every change to Traject.`,
  method:
    'The axe-core engine checks the WCAG 2.1 A and AA rules in a real browser; any violation of serious or critical impact fails the tests, as do the moderate ones already fixed (one level-1 heading per page, a main region, charts with their data table).',
  screensIntro: 'Screens checked, in French and in Dutch, with each dialog open:',
  journeysIntro: 'Journeys done with the keyboard alone:',
  journeys: {
    search: 'search for an organisation (“/” shortcut, arrow keys, Enter);',
    log_meeting: 'log a meeting from an organisation’s page;',
    assessment: 'fill in and finalise an EMES assessment;',
    board_move: 'move a case on the board without dragging (“Move to…” menu);',
    assign_case: 'open a case and assign it;',
    dialog_focus: 'focus goes into each dialog and back to where it was when the dialog closes;',
    visible_focus: 'focus is visible on each element reached.',
  },
  otherChecks:
    'Also checked: display at 200% and with the text spacing of success criterion 1.4.12 without clipped or overlapping content, the page language, the announcements of saves and errors.',
  feedbackTitle: 'Feedback and contact information',
  feedback:
    'If you meet a barrier, write to us at %{contact}: we will answer and provide the content in an accessible form.',
  enforcementTitle: 'Enforcement procedure',
  enforcement:
    'If our answer does not satisfy you, you can complain to the Brussels Ombudsman (ombudsman.brussels), competent for the bodies of the Brussels-Capital Region.',
  intakeLink: 'Ask hub.brussels a question',
};

export const STATEMENT_TEXTS: Record<IntakeLanguage, StatementTexts> = { fr, nl, en };
