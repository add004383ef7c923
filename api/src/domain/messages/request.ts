import { MessageCatalogue, t } from './catalogue';

/** What any request may be told: malformed input, list parameters, records, sign-in, the server. */
export const requestMessages = {
  'validation.failed': t(
    'Vérifiez les champs signalés.',
    'Controleer de aangeduide velden.',
    'Check the fields marked.',
  ),
  'validation.invalid': t("Cette valeur n'est pas valable.", 'Deze waarde is niet geldig.', 'This value is not valid.'),
  'validation.required': t('Ce champ est obligatoire.', 'Dit veld is verplicht.', 'This field is required.'),
  'validation.not_a_field': t(
    "Ce champ n'existe pas pour cet enregistrement.",
    'Dit veld bestaat niet voor dit record.',
    'This is not a field of this record.',
  ),
  'validation.one_of': t(
    'Choisissez parmi : {allowed|list}.',
    'Kies uit: {allowed|list}.',
    'Choose one of: {allowed|list}.',
  ),
  'validation.too_long': t('Au plus {max} caractères.', 'Hoogstens {max} tekens.', 'At most {max} characters.'),
  'validation.too_short': t('Au moins {min} caractères.', 'Minstens {min} tekens.', 'At least {min} characters.'),
  'validation.too_many': t('Au plus {max} éléments.', 'Hoogstens {max} elementen.', 'At most {max} items.'),
  'validation.not_an_id': t(
    "Ce n'est pas un identifiant valable.",
    'Dit is geen geldige identificatie.',
    'This is not a valid id.',
  ),
  'validation.not_a_day': t(
    'Une date est attendue (jj/mm/aaaa).',
    'Een datum wordt verwacht (dd/mm/jjjj).',
    'A date is expected (dd/mm/yyyy).',
  ),
  'validation.not_a_moment': t(
    'Une date et une heure sont attendues.',
    'Een datum en een tijd worden verwacht.',
    'A date and time are expected.',
  ),
  'validation.not_text': t('Un texte est attendu.', 'Een tekst wordt verwacht.', 'Text is expected.'),
  'validation.not_yes_no': t('Oui ou non est attendu.', 'Ja of nee wordt verwacht.', 'Yes or no is expected.'),
  'validation.not_a_number': t('Un nombre est attendu.', 'Een getal wordt verwacht.', 'A number is expected.'),
  'validation.not_whole_number': t(
    'Un nombre entier est attendu.',
    'Een geheel getal wordt verwacht.',
    'A whole number is expected.',
  ),
  'validation.below_min': t('Au moins {min}.', 'Minstens {min}.', 'At least {min}.'),
  'validation.above_max': t('Au plus {max}.', 'Hoogstens {max}.', 'At most {max}.'),
  'validation.not_an_email': t(
    "Ce n'est pas une adresse e-mail valable.",
    'Dit is geen geldig e-mailadres.',
    'This is not a valid e-mail address.',
  ),
  'validation.not_a_list': t('Une liste est attendue.', 'Een lijst wordt verwacht.', 'A list is expected.'),
  'validation.pattern': t("Le format n'est pas le bon.", 'Het formaat klopt niet.', 'The format is not right.'),
  'validation.version': t(
    "La version lue de l'enregistrement est attendue (un nombre entier).",
    'De gelezen versie van het record wordt verwacht (een geheel getal).',
    'The version the record was read with is expected (a whole number).',
  ),
  'request.invalid': t("La demande n'est pas valable.", 'Het verzoek is niet geldig.', 'The request is not valid.'),
  'record.conflict': t(
    "La demande est en conflit avec l'état de l'enregistrement.",
    'Het verzoek botst met de toestand van het record.',
    'The request conflicts with the state of the record.',
  ),
  'rule.violated': t(
    'Une règle métier refuse cette demande.',
    'Een bedrijfsregel weigert dit verzoek.',
    'A business rule refuses this request.',
  ),
  'request.not_json': t(
    "Le corps de la demande n'est pas du JSON valable.",
    'De inhoud van het verzoek is geen geldige JSON.',
    'The request body is not valid JSON.',
  ),
  'request.too_large': t(
    'La demande est trop volumineuse.',
    'Het verzoek is te groot.',
    'The request body is too large.',
  ),
  'request.invalid_text': t(
    "Une valeur n'est pas un texte valable (pas de caractère NUL, pas d'Unicode cassé).",
    'Een waarde is geen geldige tekst (geen NUL-teken, geen gebroken Unicode).',
    'A value is not valid text (no NUL character, no broken Unicode).',
  ),
  'request.value_not_acceptable': t(
    "Une valeur n'est pas acceptable pour son champ.",
    'Een waarde is niet aanvaardbaar voor haar veld.',
    'A value is not acceptable for its field.',
  ),
  'request.value_out_of_range': t(
    'Une valeur est hors des limites acceptées.',
    'Een waarde valt buiten de aanvaarde grenzen.',
    'A value is out of range.',
  ),
  'request.invalid_parameter': t(
    "Le paramètre {parameter} n'est pas valable.",
    'De parameter {parameter} is niet geldig.',
    'The parameter {parameter} is not valid.',
  ),
  'list.range_too_wide': t(
    'Au plus {max} lignes par demande ({rows} demandées).',
    'Hoogstens {max} rijen per verzoek ({rows} gevraagd).',
    'At most {max} rows per request ({rows} asked for).',
  ),
  'list.cannot_sort': t(
    'Cette liste ne peut pas être triée par {field}.',
    'Deze lijst kan niet op {field} gesorteerd worden.',
    'This list cannot be sorted by {field}.',
  ),
  'list.cannot_filter': t(
    'Cette liste ne peut pas être filtrée par {field}.',
    'Deze lijst kan niet op {field} gefilterd worden.',
    'This list cannot be filtered by {field}.',
  ),
  'read.not_yours': t(
    "Cet enregistrement appartient au suivi d'un autre conseiller.",
    'Dit record hoort bij de begeleiding van een andere adviseur.',
    "This record belongs to another advisor's follow-up.",
  ),
  'list.search_too_long': t(
    'La recherche compte au plus {max} caractères.',
    'De zoekopdracht telt hoogstens {max} tekens.',
    'A search has at most {max} characters.',
  ),
  'search.length': t(
    'La recherche compte de 2 à 200 caractères.',
    'De zoekopdracht telt 2 tot 200 tekens.',
    'A search has 2 to 200 characters.',
  ),
  'record.not_found': t(
    "Cet enregistrement n'existe pas ou ne vous est pas accessible.",
    'Dit record bestaat niet of is voor u niet toegankelijk.',
    'This record does not exist or is not yours to see.',
  ),
  'record.version_conflict': t(
    "Quelqu'un d'autre a modifié cet enregistrement depuis que vous l'avez ouvert ; rechargez-le pour voir ses changements.",
    'Iemand anders heeft dit record gewijzigd sinds u het opende; laad het opnieuw om de wijzigingen te zien.',
    'Someone else changed this record since you opened it; reload it to see their changes.',
  ),
  'record.duplicate': t(
    'Un enregistrement avec la même valeur existe déjà.',
    'Er bestaat al een record met dezelfde waarde.',
    'A record with the same value already exists.',
  ),
  'record.still_referenced': t(
    "L'enregistrement est encore lié à d'autres, ou renvoie à un enregistrement qui n'existe pas.",
    'Het record is nog aan andere gekoppeld, of verwijst naar een record dat niet bestaat.',
    'The record is still referred to by others, or refers to one that does not exist.',
  ),
  'record.concurrent_change': t(
    "L'enregistrement a été modifié au même moment par quelqu'un d'autre ; réessayez.",
    'Het record werd tegelijk door iemand anders gewijzigd; probeer opnieuw.',
    'The record was changed at the same time by someone else; try again.',
  ),
  'auth.unauthenticated': t('Connectez-vous pour continuer.', 'Meld u aan om verder te gaan.', 'Sign in to continue.'),
  'auth.session_ended': t(
    'Votre session a pris fin ; reconnectez-vous.',
    'Uw sessie is afgelopen; meld u opnieuw aan.',
    'Your session has ended; sign in again.',
  ),
  'auth.session_rotated': t(
    'Un autre onglet vient de prolonger la session ; réessayez.',
    'Een ander tabblad heeft de sessie net verlengd; probeer opnieuw.',
    'Another tab has just renewed the session; try again.',
  ),
  'auth.wrong_credentials': t(
    'E-mail ou mot de passe incorrect.',
    'Verkeerd e-mailadres of wachtwoord.',
    'Wrong e-mail or password.',
  ),
  'auth.forbidden': t(
    'Votre rôle ne permet pas cette action.',
    'Uw rol laat dit niet toe.',
    'Your role does not allow this.',
  ),
  'auth.too_many_attempts': t(
    'Trop de connexions échouées ; réessayez dans {minutes} minutes.',
    'Te veel mislukte aanmeldingen; probeer opnieuw over {minutes} minuten.',
    'Too many failed sign-ins; try again in {minutes} minutes.',
  ),
  'auth.slow_down': t(
    'Trop de connexions échouées sur ce compte ; réessayez dans {seconds} s.',
    'Te veel mislukte aanmeldingen op dit account; probeer opnieuw over {seconds} s.',
    'Too many failed sign-ins on this account; try again in {seconds} s.',
  ),
  'auth.wrong_current_password': t(
    "Ce n'est pas votre mot de passe actuel.",
    'Dit is niet uw huidige wachtwoord.',
    'This is not your current password.',
  ),
  'auth.same_password': t(
    'Le nouveau mot de passe doit différer du mot de passe actuel.',
    'Het nieuwe wachtwoord moet verschillen van het huidige.',
    'The new password must differ from the current one.',
  ),
  'server.unavailable': t(
    'La base de données est indisponible ; réessayez dans un instant.',
    'De databank is niet beschikbaar; probeer zo dadelijk opnieuw.',
    'The database is unavailable; try again in a moment.',
  ),
  'server.error': t('Erreur interne du serveur.', 'Interne serverfout.', 'Internal server error.'),
} satisfies MessageCatalogue;
