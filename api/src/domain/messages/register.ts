import { MessageCatalogue, t } from './catalogue';

/** Organisations, their import, contacts and users. */
export const registerMessages = {
  'organisation.unknown': t("Ce n'est pas une organisation du registre.", 'Dit is geen organisatie uit het register.', 'This is not an organisation of the register.'),
  'organisation.ids_unknown': t('Certaines organisations choisies ne sont pas dans le registre.', 'Sommige gekozen organisaties staan niet in het register.', 'Some chosen organisations are not in the register.'),
  'organisation.still_has_records': t(
    "Cette organisation a encore des dossiers liés et ne peut pas être supprimée ; archivez-la plutôt.",
    'Aan deze organisatie hangen nog dossiers vast; ze kan niet verwijderd worden, archiveer ze.',
    'This organisation still has records and cannot be deleted; archive it instead.',
  ),
  'organisation.municipality_unknown': t(
    "Choisissez l'une des 19 communes bruxelloises.",
    'Kies een van de 19 Brusselse gemeenten.',
    'Choose one of the 19 Brussels municipalities.',
  ),
  'enterprise_number.taken': t(
    'Ce numéro d’entreprise est déjà enregistré pour {holder}.',
    'Dit ondernemingsnummer is al geregistreerd voor {holder}.',
    'This enterprise number is already registered for {holder}.',
  ),
  'enterprise_number.digits_only': t(
    'Uniquement des chiffres, points et espaces, p. ex. 0403.019.261.',
    'Alleen cijfers, punten en spaties, bv. 0403.019.261.',
    'Only digits, dots and spaces, e.g. 0403.019.261.',
  ),
  'enterprise_number.length': t('Doit compter 10 chiffres (ou 9 pour un ancien numéro).', 'Moet 10 cijfers tellen (of 9 voor een oud nummer).', 'Must have 10 digits (or 9 for an old number).'),
  'enterprise_number.first_digit': t(
    "Doit commencer par 0 ou 1 (un numéro commençant par 2 à 8 est une unité d'établissement).",
    'Moet beginnen met 0 of 1 (een nummer dat met 2 tot 8 begint is een vestigingseenheid).',
    'Must start with 0 or 1 (a number starting with 2 to 8 is an establishment unit).',
  ),
  'enterprise_number.start': t('Doit commencer par 0 ou 1.', 'Moet beginnen met 0 of 1.', 'Must start with 0 or 1.'),
  'enterprise_number.mod97': t(
    'Échoue au contrôle modulo 97 : un chiffre est probablement mal tapé.',
    'Faalt de modulo 97-controle: er is wellicht een cijfer verkeerd getypt.',
    'Fails the mod-97 check: a digit is probably mistyped.',
  ),
  'import.empty_file': t('Le fichier est vide.', 'Het bestand is leeg.', 'The file is empty.'),
  'import.no_name_column': t(
    'La première ligne doit nommer les colonnes, dont une pour le nom (nom, naam ou name).',
    'De eerste regel moet de kolommen benoemen, met een voor de naam (naam, nom of name).',
    'The first line must name the columns, with one for the name (name, nom or naam).',
  ),
  'import.duplicated_columns': t('Colonnes nommées deux fois : {columns}.', 'Twee keer benoemde kolommen: {columns}.', 'Columns named twice: {columns}.'),
  'import.no_csv': t(
    "Envoyez le CSV comme corps text/csv ou dans le champ « file » d'un formulaire.",
    'Stuur de CSV als text/csv-inhoud of in het veld "file" van een formulier.',
    'Send the CSV as a text/csv body or as the file field of a form.',
  ),
  'search.limit': t('limit est un nombre entier de 1 à 50.', 'limit is een geheel getal van 1 tot 50.', 'limit must be a whole number from 1 to 50.'),
  'import.commit_yes_no': t('commit vaut true ou false.', 'commit is true of false.', 'commit must be true or false.'),
  'contact.anonymised': t('Ce contact a été anonymisé et ne peut plus changer.', 'Deze contactpersoon is geanonimiseerd en kan niet meer veranderen.', 'This contact was anonymised and cannot be changed.'),
  'contact.already_anonymised': t('Ce contact est déjà anonymisé.', 'Deze contactpersoon is al geanonimiseerd.', 'This contact is already anonymised.'),
  'contact.consent_date_required': t(
    'La date du consentement est obligatoire quand la base légale est le consentement.',
    'De datum van de toestemming is verplicht wanneer de rechtsgrond toestemming is.',
    'The consent date is required when the legal basis is consent.',
  ),
  'user.email_taken': t("Un autre utilisateur a déjà cette adresse e-mail.", 'Een andere gebruiker heeft dit e-mailadres al.', 'Another user already has this e-mail address.'),
  'user.last_admin': t(
    "Traject a besoin d'au moins un administrateur actif : nommez d'abord un autre administrateur.",
    'Traject heeft minstens één actieve beheerder nodig: stel eerst een andere beheerder aan.',
    'Traject needs at least one active admin: appoint another admin first.',
  ),
  'user.not_active_staff': t(
    'Choisissez un conseiller ou un coordinateur actif.',
    'Kies een actieve adviseur of coördinator.',
    'Choose an active advisor or coordinator.',
  ),
  'user.not_active': t('Choisissez un utilisateur actif.', 'Kies een actieve gebruiker.', 'Choose an active user.'),
  'user.not_staff': t("Ce ne sont pas tous des utilisateurs de Traject.", 'Dit zijn niet allemaal Traject-gebruikers.', 'These are not all Traject users.'),
} satisfies MessageCatalogue;
