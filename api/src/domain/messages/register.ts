import { MessageCatalogue, t } from './catalogue';

/** Organisations, their import, contacts and users. */
export const registerMessages = {
  'organisation.unknown': t(
    "Ce n'est pas une organisation du registre.",
    'Dit is geen organisatie uit het register.',
    'This is not an organisation of the register.',
  ),
  'organisation.ids_unknown': t(
    'Certaines organisations choisies ne sont pas dans le registre.',
    'Sommige gekozen organisaties staan niet in het register.',
    'Some chosen organisations are not in the register.',
  ),
  'organisation.still_has_records': t(
    'Cette organisation a encore des dossiers liés et ne peut pas être supprimée ; archivez-la plutôt.',
    'Aan deze organisatie hangen nog dossiers vast; ze kan niet verwijderd worden, archiveer ze.',
    'This organisation still has records and cannot be deleted; archive it instead.',
  ),
  'organisation.still_has_people': t(
    'Cette organisation a encore des contacts : supprimez-les d’abord (ils sont anonymisés), ou archivez l’organisation.',
    'Deze organisatie heeft nog contactpersonen: verwijder ze eerst (ze worden geanonimiseerd), of archiveer de organisatie.',
    'This organisation still has contacts: delete them first (they are anonymised), or archive the organisation.',
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
  'enterprise_number.length': t(
    'Doit compter 10 chiffres (ou 9 pour un ancien numéro).',
    'Moet 10 cijfers tellen (of 9 voor een oud nummer).',
    'Must have 10 digits (or 9 for an old number).',
  ),
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
  'import.row.name_missing': t('le nom manque', 'de naam ontbreekt', 'name is missing'),
  'import.row.enterprise_number': t(
    "numéro d'entreprise {value} : {detail}",
    'ondernemingsnummer {value}: {detail}',
    'enterprise number {value}: {detail}',
  ),
  'import.row.legal_form_ambiguous': t(
    'forme juridique « {value} » laissée vide : une association peut être une ASBL, une AISBL ou une association de fait',
    'rechtsvorm "{value}" leeg gelaten: een vereniging kan een VZW, een IVZW of een feitelijke vereniging zijn',
    'legal form "{value}" left empty: an association may be an ASBL, an AISBL or a de facto association',
  ),
  'import.row.legal_form_unknown': t(
    'forme juridique « {value} » inconnue de Traject',
    'rechtsvorm "{value}" is Traject onbekend',
    'legal form "{value}" is not one Traject knows',
  ),
  'import.row.sector_unknown': t('secteur inconnu : {values}', 'onbekende sector: {values}', 'unknown sector {values}'),
  'import.row.languages': t(
    'langues « {value} » : fr, nl ou en',
    'talen "{value}": fr, nl of en',
    'languages "{value}" must be fr, nl or en',
  ),
  'import.row.postcode': t(
    'code postal {value} : pas un code postal belge',
    'postcode {value}: geen Belgische postcode',
    'postcode {value} is not a Belgian postcode',
  ),
  'import.row.email': t(
    'e-mail {value} : pas une adresse e-mail',
    'e-mail {value}: geen e-mailadres',
    'e-mail {value} is not an e-mail address',
  ),
  'import.row.founded_on': t(
    'date de fondation {value} : pas une date (AAAA-MM-JJ ou JJ/MM/AAAA)',
    'oprichtingsdatum {value}: geen datum (JJJJ-MM-DD of DD/MM/JJJJ)',
    'founding date {value} is not a date (YYYY-MM-DD or DD/MM/YYYY)',
  ),
  'import.row.registered_on': t(
    "date d'inscription {value} : pas une date (AAAA-MM-JJ ou JJ/MM/AAAA)",
    'inschrijvingsdatum {value}: geen datum (JJJJ-MM-DD of DD/MM/JJJJ)',
    'registration date {value} is not a date (YYYY-MM-DD or DD/MM/YYYY)',
  ),
  'import.row.employees_fte': t(
    'ETP {value} : pas un nombre',
    'VTE {value}: geen getal',
    'FTE {value} is not a number',
  ),
  'import.row.volunteers': t(
    'bénévoles {value} : pas un nombre entier',
    'vrijwilligers {value}: geen geheel getal',
    'volunteers {value} is not a whole number',
  ),
  'import.row.same_as_line': t(
    'la même organisation que la ligne {line}',
    'dezelfde organisatie als regel {line}',
    'the same organisation as line {line}',
  ),
  'import.row.number_differs': t(
    "correspond à {name} par le nom et le code postal, mais son numéro d'entreprise est {number}",
    'komt overeen met {name} op naam en postcode, maar het ondernemingsnummer is {number}',
    'matches {name} by name and postcode, but its enterprise number is {number}',
  ),
  'import.row.lookalike': t(
    "ressemble à {name}, déjà au registre ({why|list}) ; ajoutez son numéro d'entreprise ou corrigez le nom",
    'lijkt op {name}, al in het register ({why|list}); voeg het ondernemingsnummer toe of verbeter de naam',
    'looks like {name} already in the register ({why|list}); add its enterprise number or correct the name',
  ),
  'import.row.field': t('{field} : {detail}', '{field}: {detail}', '{field}: {detail}'),
  'import.row.changes': t('{field} change', '{field} wijzigt', '{field} changes'),
  'import.empty_file': t('Le fichier est vide.', 'Het bestand is leeg.', 'The file is empty.'),
  'import.no_name_column': t(
    'La première ligne doit nommer les colonnes, dont une pour le nom (nom, naam ou name).',
    'De eerste regel moet de kolommen benoemen, met een voor de naam (naam, nom of name).',
    'The first line must name the columns, with one for the name (name, nom or naam).',
  ),
  'import.duplicated_columns': t(
    'Colonnes nommées deux fois : {columns}.',
    'Twee keer benoemde kolommen: {columns}.',
    'Columns named twice: {columns}.',
  ),
  'import.no_csv': t(
    "Envoyez le CSV comme corps text/csv ou dans le champ « file » d'un formulaire.",
    'Stuur de CSV als text/csv-inhoud of in het veld "file" van een formulier.',
    'Send the CSV as a text/csv body or as the file field of a form.',
  ),
  'search.limit': t(
    'limit est un nombre entier de 1 à 50.',
    'limit is een geheel getal van 1 tot 50.',
    'limit must be a whole number from 1 to 50.',
  ),
  'import.commit_yes_no': t('commit vaut true ou false.', 'commit is true of false.', 'commit must be true or false.'),
  'contact.anonymised': t(
    'Ce contact a été anonymisé et ne peut plus changer.',
    'Deze contactpersoon is geanonimiseerd en kan niet meer veranderen.',
    'This contact was anonymised and cannot be changed.',
  ),
  'contact.already_anonymised': t(
    'Ce contact est déjà anonymisé.',
    'Deze contactpersoon is al geanonimiseerd.',
    'This contact is already anonymised.',
  ),
  'contact.consent_date_required': t(
    'La date du consentement est obligatoire quand la base légale est le consentement.',
    'De datum van de toestemming is verplicht wanneer de rechtsgrond toestemming is.',
    'The consent date is required when the legal basis is consent.',
  ),
  'user.email_taken': t(
    'Un autre utilisateur a déjà cette adresse e-mail.',
    'Een andere gebruiker heeft dit e-mailadres al.',
    'Another user already has this e-mail address.',
  ),
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
  'user.password_already_set': t(
    'Cet utilisateur a déjà choisi son mot de passe : pas besoin d’invitation.',
    'Deze gebruiker heeft al een wachtwoord gekozen: een uitnodiging is niet nodig.',
    'This user has already chosen a password: no invitation is needed.',
  ),
  'user.invitation_inactive': t(
    'Cet utilisateur est désactivé : réactivez-le avant de l’inviter.',
    'Deze gebruiker is gedeactiveerd: activeer hem opnieuw voor u hem uitnodigt.',
    'This user is deactivated: activate them before inviting them.',
  ),
  'invitation.unknown': t(
    'Ce lien d’invitation n’est pas (ou plus) valable : demandez une nouvelle invitation à un administrateur.',
    'Deze uitnodigingslink is niet (meer) geldig: vraag een beheerder om een nieuwe uitnodiging.',
    'This invitation link is not (or no longer) valid: ask an admin for a new invitation.',
  ),
  'invitation.used': t(
    'Ce lien a déjà servi à choisir un mot de passe : connectez-vous avec celui-ci.',
    'Deze link is al gebruikt om een wachtwoord te kiezen: meld u daarmee aan.',
    'This link has already been used to choose a password: sign in with it.',
  ),
  'invitation.expired': t(
    'Ce lien d’invitation a expiré : demandez une nouvelle invitation à un administrateur.',
    'Deze uitnodigingslink is verlopen: vraag een beheerder om een nieuwe uitnodiging.',
    'This invitation link has expired: ask an admin for a new invitation.',
  ),
  'password_reset.unknown': t(
    'Ce lien n’est pas (ou plus) valable : un lien plus récent l’a peut-être remplacé. Demandez-en un nouveau par « Mot de passe oublié ? » sur la page de connexion.',
    'Deze link is niet (meer) geldig: misschien heeft een recentere link hem vervangen. Vraag een nieuwe aan via "Wachtwoord vergeten?" op de aanmeldpagina.',
    'This link is not (or no longer) valid: a newer link may have replaced it. Ask for a new one through "Forgot your password?" on the sign-in page.',
  ),
  'password_reset.used': t(
    'Ce lien a déjà servi à choisir un nouveau mot de passe : connectez-vous avec celui-ci, ou demandez un nouveau lien.',
    'Deze link is al gebruikt om een nieuw wachtwoord te kiezen: meld u daarmee aan, of vraag een nieuwe link aan.',
    'This link has already been used to choose a new password: sign in with it, or ask for a new link.',
  ),
  'password_reset.expired': t(
    'Ce lien a expiré : demandez-en un nouveau par « Mot de passe oublié ? » sur la page de connexion.',
    'Deze link is verlopen: vraag een nieuwe aan via "Wachtwoord vergeten?" op de aanmeldpagina.',
    'This link has expired: ask for a new one through "Forgot your password?" on the sign-in page.',
  ),
  'user.not_active': t('Choisissez un utilisateur actif.', 'Kies een actieve gebruiker.', 'Choose an active user.'),
  'user.not_staff': t(
    'Ce ne sont pas tous des utilisateurs de Traject.',
    'Dit zijn niet allemaal Traject-gebruikers.',
    'These are not all Traject users.',
  ),
} satisfies MessageCatalogue;
