import { MessageCatalogue, t } from './catalogue';

/** Assessments, recognition files, referrals, reports. */
export const supportMessages = {
  'assessment.final': t(
    'Une évaluation finalisée ne peut plus changer : commencez-en une nouvelle.',
    'Een definitieve evaluatie kan niet meer veranderen: start een nieuwe.',
    'A final assessment cannot be changed: start a new assessment instead.',
  ),
  'assessment.already_final': t(
    'Cette évaluation est déjà finalisée.',
    'Deze evaluatie is al definitief.',
    'This assessment is already final.',
  ),
  'assessment.finalise_not_allowed': t(
    "Seul·e l'évaluateur·rice, un·e coordinateur·rice ou un·e administrateur·rice finalise une évaluation.",
    'Alleen de beoordelaar, een coördinator of een beheerder maakt een evaluatie definitief.',
    'Only the assessor, a coordinator or an admin finalises an assessment.',
  ),
  'assessment.review_needs_final': t(
    'Seule une évaluation finalisée se relit.',
    'Alleen een definitieve evaluatie wordt nagelezen.',
    'Only a final assessment is reviewed.',
  ),
  'assessment.already_reviewed': t(
    'Cette évaluation a déjà été relue.',
    'Deze evaluatie is al nagelezen.',
    'This assessment has already been reviewed.',
  ),
  'assessment.return_needs_comment': t(
    'Un commentaire est nécessaire pour renvoyer une évaluation.',
    'Een opmerking is nodig om een evaluatie terug te sturen.',
    'A comment is needed to return an assessment.',
  ),
  'assessment.compare_needs_two': t(
    'Il faut deux évaluations de cette organisation pour comparer.',
    'Om te vergelijken zijn twee evaluaties van deze organisatie nodig.',
    'Comparing needs two assessments of this organisation.',
  ),
  'assessment.not_of_organisation': t(
    "Ce n'est pas une évaluation de cette organisation.",
    'Dit is geen evaluatie van deze organisatie.',
    'This is not an assessment of this organisation.',
  ),
  'assessment.indicators_each_once': t(
    'Chaque indicateur EMES exactement une fois.',
    'Elke EMES-indicator precies één keer.',
    'Every EMES indicator exactly once.',
  ),
  'recognition.starts_preparing': t(
    "Un dossier d'agrément commence « En préparation », puis suit son parcours.",
    'Een erkenningsdossier begint "In voorbereiding" en volgt daarna zijn verloop.',
    'A recognition file starts as preparing; then it moves along its lifecycle.',
  ),
  'recognition.move_not_allowed': t(
    'Un dossier « {from|recognitionStatus} » ne peut pas passer à « {to|recognitionStatus} » ; il peut passer à : {allowed|recognitionStatus}.',
    'Een dossier "{from|recognitionStatus}" kan niet naar "{to|recognitionStatus}"; het kan naar: {allowed|recognitionStatus}.',
    'A file that is “{from|recognitionStatus}” cannot move to “{to|recognitionStatus}”; it can move to: {allowed|recognitionStatus}.',
  ),
  'recognition.status_final': t(
    'Un dossier « {from|recognitionStatus} » ne change plus de statut.',
    'Een dossier "{from|recognitionStatus}" verandert niet meer van status.',
    'A file that is “{from|recognitionStatus}” cannot move any more.',
  ),
  'recognition.previous_not_same': t(
    'Le dossier renouvelé doit être du même type et de la même organisation.',
    'Het hernieuwde dossier moet van hetzelfde soort en dezelfde organisatie zijn.',
    'The file renewed must be of the same kind for the same organisation.',
  ),
  'recognition.mandate_needs_approval': t(
    "Le mandat d'entreprise sociale d'insertion demande un agrément bruxellois valable.",
    'Het mandaat sociale inschakelingsonderneming vraagt een geldige Brusselse erkenning.',
    'A work-integration mandate is only for an enterprise with a valid Brussels approval.',
  ),
  'recognition.delete_only_preparing': t(
    'Seul un dossier encore en préparation se supprime ; retirez-le plutôt.',
    'Alleen een dossier in voorbereiding wordt verwijderd; trek het anders in.',
    'Only a file still in preparation is deleted; withdraw it instead.',
  ),
  'recognition.checklist_item_twice': t(
    'Chaque pièce de la liste au plus une fois.',
    'Elk stuk van de lijst hoogstens één keer.',
    'Each checklist item at most once.',
  ),
  'recognition.obligation_not_due': t(
    "Ce dossier n'a pas d'obligation « {obligation|obligation} » pour {year} : seul un agrément en cours l'année précédente en a une.",
    'Dit dossier heeft geen verplichting "{obligation|obligation}" voor {year}: alleen een erkenning die het jaar voordien liep heeft er een.',
    'This file has no “{obligation|obligation}” for {year}: only an approval that ran the year before has one.',
  ),
  'recognition.call_deadline_mandate_only': t(
    "La date limite de l'appel du Ministre ne vaut que pour le renouvellement d'un mandat d'insertion.",
    'De uiterste datum van de oproep van de minister geldt alleen voor de hernieuwing van een inschakelingsmandaat.',
    "The deadline of the Minister's call is only for the renewal of a work-integration mandate.",
  ),
  'recognition.federal_no_end': t(
    "Un agrément fédéral n'a pas de date de fin (pas de terme fixe depuis 2016).",
    'Een federale erkenning heeft geen einddatum (geen vaste termijn sinds 2016).',
    'A federal approval has no end date (no fixed term since 2016).',
  ),
  'referral.starts_proposed': t(
    'Une orientation commence « Proposée », puis suit son parcours.',
    'Een doorverwijzing begint "Voorgesteld" en volgt daarna haar verloop.',
    'A referral starts as proposed; then it moves along its lifecycle.',
  ),
  'referral.move_not_allowed': t(
    'Une orientation « {from|referralStatus} » ne peut pas passer à « {to|referralStatus} » ; elle peut passer à : {allowed|referralStatus}.',
    'Een doorverwijzing "{from|referralStatus}" kan niet naar "{to|referralStatus}"; ze kan naar: {allowed|referralStatus}.',
    'A referral that is “{from|referralStatus}” cannot move to “{to|referralStatus}”; it can move to: {allowed|referralStatus}.',
  ),
  'referral.status_final': t(
    'Une orientation « {from|referralStatus} » ne change plus de statut.',
    'Een doorverwijzing "{from|referralStatus}" verandert niet meer van status.',
    'A referral that is “{from|referralStatus}” cannot move any more.',
  ),
  'referral.undo_not_possible': t(
    'Ce changement ne peut plus être annulé : seul le dernier changement d’une orientation, vers « {status|referralStatus} », fait par vous il y a moins de {minutes} minutes, s’annule.',
    'Deze wijziging kan niet meer ongedaan worden gemaakt: alleen de laatste wijziging van een doorverwijzing, naar "{status|referralStatus}", door u gedaan minder dan {minutes} minuten geleden, wordt ongedaan gemaakt.',
    'This change can no longer be undone: only a referral’s last change, to “{status|referralStatus}”, made by you less than {minutes} minutes ago, is undone.',
  ),
  'referral.delete_only_proposed': t(
    'Seule une orientation pas encore envoyée se supprime ; annulez-la plutôt.',
    'Alleen een nog niet verstuurde doorverwijzing wordt verwijderd; annuleer ze anders.',
    'Only a referral not yet sent is deleted; cancel it instead.',
  ),
  'referral.programme_required': t(
    'Une orientation vers {partner} nomme un de ses programmes.',
    'Een doorverwijzing naar {partner} noemt een van zijn programma’s.',
    'A referral to {partner} names one of its programmes.',
  ),
  'partner.unknown': t(
    "Ce partenaire n'existe pas : choisissez-en un de la liste.",
    'Deze partner bestaat niet: kies er een uit de lijst.',
    'There is no such partner: choose one from the list.',
  ),
  'partner.taken': t(
    'Un partenaire avec ce code existe déjà.',
    'Er bestaat al een partner met deze code.',
    'A partner with this code already exists.',
  ),
  'partner.code_pattern': t(
    'Un code de partenaire compte de 2 à 40 minuscules, chiffres, - ou _.',
    'Een partnercode telt 2 tot 40 kleine letters, cijfers, - of _.',
    'A partner code has 2 to 40 lower-case letters, digits, - or _.',
  ),
  'referral.partner_retired': t(
    "Ce partenaire n'est plus actif : choisissez-en un actif.",
    'Deze partner is niet meer actief: kies een actieve.',
    'This partner is retired: choose an active one.',
  ),
  'referral.programme_not_active': t(
    'Choisissez un programme actif de {partner}.',
    'Kies een actief programma van {partner}.',
    'Choose an active programme of {partner}.',
  ),
  'referral.outcome_required': t(
    'Un résultat est nécessaire pour terminer une orientation.',
    'Een resultaat is nodig om een doorverwijzing te voltooien.',
    'An outcome is required to complete a referral.',
  ),
  'referral.reason_required': t(
    'Un motif est nécessaire pour décliner ou annuler une orientation.',
    'Een reden is nodig om een doorverwijzing af te wijzen of te annuleren.',
    'A reason is required to decline or cancel a referral.',
  ),
  'report.unknown': t("Ce rapport n'existe pas.", 'Dit rapport bestaat niet.', 'There is no such report.'),
  'report.own_cases_only': t(
    "Les rapports d'un·e conseiller·ère portent sur ses propres accompagnements.",
    'De rapporten van een adviseur gaan alleen over de eigen trajecten.',
    "An advisor's reports cover their own cases only.",
  ),
  'report.period_order': t(
    'La fin de la période précède son début.',
    'Het einde van de periode ligt voor het begin.',
    'The period ends before it starts.',
  ),
  'report.not_for_role': t(
    'Votre rôle ne permet pas cet export.',
    'Uw rol laat deze export niet toe.',
    'Your role may not export this.',
  ),
  'report.file_name': t(
    'Demandez <rapport>.csv ou <rapport>.xlsx.',
    'Vraag <rapport>.csv of <rapport>.xlsx.',
    'Ask for <report>.csv or <report>.xlsx.',
  ),
  'report.codes_flag': t('codes vaut true ou false.', 'codes is true of false.', 'codes is true or false.'),
  'report.separator': t(
    'Le séparateur est « , » ou « ; ».',
    'Het scheidingsteken is „,” of „;”.',
    'The separator is "," or ";".',
  ),
} satisfies MessageCatalogue;
