import { MessageCatalogue, t } from './catalogue';

/** The public intake form's requests, the KBO/BCE open data, sessions and the second factor, jobs, preferences. */
export const intakeKboMessages = {
  'intake.invalid': t('Le formulaire contient des erreurs.', 'Het formulier bevat fouten.', 'The form has errors.'),
  'intake.form_expired': t(
    'Le formulaire a expiré : rechargez la page et renvoyez-le.',
    'Het formulier is verlopen: laad de pagina opnieuw en verstuur het opnieuw.',
    'The form has expired: reload the page and send it again.',
  ),
  'intake.too_many': t(
    'Nous avons reçu beaucoup de demandes : réessayez dans une heure, ou écrivez-nous par e-mail.',
    'We kregen veel aanvragen: probeer het over een uur opnieuw, of mail ons.',
    'We received many requests: try again in an hour, or write to us by e-mail.',
  ),
  'intake.not_new': t(
    'Cette demande a déjà été traitée ({status|intakeStatus}) : elle ne peut plus être convertie ni classée.',
    'Deze aanvraag is al behandeld ({status|intakeStatus}): ze kan niet meer omgezet of geklasseerd worden.',
    'This request was already handled ({status|intakeStatus}): it can no longer be converted or dismissed.',
  ),
  'kbo.no_file': t(
    "Envoyez l'extrait (zip) dans le champ « file » d'un formulaire.",
    'Stuur het uittreksel (zip) in het veld "file" van een formulier.',
    'Send the extract (zip) as the file field of a form.',
  ),
  'kbo.enterprise_not_found': t(
    "L'extrait BCE ne contient pas l'entreprise {number}.",
    'Het KBO-uittreksel bevat de onderneming {number} niet.',
    'The KBO extract has no enterprise {number}.',
  ),
  'kbo.load_not_found': t(
    "Ce chargement BCE n'existe pas.",
    'Deze KBO-lading bestaat niet.',
    'There is no such KBO load.',
  ),
  'kbo.change_not_found': t(
    "Ce changement BCE n'existe pas.",
    'Deze KBO-wijziging bestaat niet.',
    'There is no such KBO change.',
  ),
  'kbo.change_resolved': t(
    'Ce changement BCE a déjà été traité.',
    'Deze KBO-wijziging is al behandeld.',
    'This KBO change has already been handled.',
  ),
  'session.not_found': t(
    "Cette session n'est pas ouverte.",
    'Deze sessie is niet open.',
    'There is no such open session.',
  ),
  'auth.wrong_code': t(
    'Code erroné ou déjà utilisé : attendez le suivant.',
    'Verkeerde of al gebruikte code: wacht op de volgende.',
    'Wrong code, or a code already used: wait for the next one.',
  ),
  'auth.challenge_expired': t(
    'Cette connexion a expiré ; saisissez à nouveau votre e-mail et votre mot de passe.',
    'Deze aanmelding is verlopen; geef uw e-mailadres en wachtwoord opnieuw in.',
    'This sign-in has expired; enter your e-mail and password again.',
  ),
  'second_factor.no_enrolment': t(
    "Commencez d'abord l'activation : aucun secret n'attend de code.",
    'Start eerst de activering: er wacht geen geheim op een code.',
    'Start the enrolment first: no secret is waiting for a code.',
  ),
  'second_factor.required_for_role': t(
    'Votre rôle ({role|role}) doit utiliser un second facteur : il ne peut pas être désactivé.',
    'Uw rol ({role|role}) moet een tweede factor gebruiken: die kan niet uitgeschakeld worden.',
    'Your role ({role|role}) must use a second factor: it cannot be switched off.',
  ),
  'second_factor.already_enabled': t(
    "Un second facteur est déjà activé ; désactivez-le d'abord.",
    'Er is al een tweede factor ingesteld; schakel die eerst uit.',
    'A second factor is already set up; switch it off first.',
  ),
  'job.unknown': t(
    "Ce travail planifié n'existe pas.",
    'Deze geplande taak bestaat niet.',
    'There is no such scheduled job.',
  ),
  'job.failed': t(
    "Le travail planifié n'a pas abouti.",
    'De geplande taak is niet gelukt.',
    'The scheduled job did not complete.',
  ),
  'preferences.stale_version': t(
    'Ces préférences ont été modifiées entre-temps : relisez-les.',
    'Deze voorkeuren werden intussen gewijzigd: lees ze opnieuw.',
    'These preferences were changed meanwhile: read them again.',
  ),
  'request.unsupported_media_type': t(
    'Cette adresse attend un corps JSON (Content-Type: application/json).',
    'Dit adres verwacht een JSON-inhoud (Content-Type: application/json).',
    'This route takes a JSON body (Content-Type: application/json).',
  ),
  'calendar.unknown_feed': t(
    'Aucun agenda à cette adresse.',
    'Geen agenda op dit adres.',
    'No calendar at this address.',
  ),
  'document.deleted_admin_only': t(
    'Seul·e un·e administrateur·rice voit les documents supprimés.',
    'Alleen een beheerder ziet verwijderde documenten.',
    'Only an admin sees deleted documents.',
  ),
  'auth.local_login_disabled': t(
    'Les mots de passe sont désactivés : connectez-vous avec le compte de votre organisation.',
    'Wachtwoorden zijn uitgeschakeld: meld u aan met de account van uw organisatie.',
    'Passwords are switched off: sign in with your organisation account.',
  ),
  'oidc.not_configured': t(
    "La connexion par le compte de l'organisation n'est pas configurée.",
    'Aanmelden met de account van de organisatie is niet ingesteld.',
    'Sign-in through an organisation account is not configured.',
  ),
  'password.common': t(
    'Ce mot de passe figure dans la liste des mots de passe courants ou divulgués.',
    'Dit wachtwoord staat in de lijst van veelgebruikte of gelekte wachtwoorden.',
    'This password is in the list of common or breached passwords.',
  ),
  'password.personal': t(
    'Le mot de passe ne peut pas contenir votre e-mail ni votre nom.',
    'Het wachtwoord mag uw e-mailadres of naam niet bevatten.',
    'The password must not contain your e-mail or name.',
  ),
  'password.guessable': t(
    'Ce mot de passe est trop facile à deviner (répétition, suite, mot courant).',
    'Dit wachtwoord is te makkelijk te raden (herhaling, reeks, gewoon woord).',
    'This password is too easy to guess (a repeat, a sequence, a common word).',
  ),
  'request.too_deep': t(
    'Le corps de la demande est trop imbriqué.',
    'De inhoud van het verzoek is te diep genest.',
    'The request body nests too deeply.',
  ),
  'kbo.search_too_short': t(
    'Tapez au moins {min} lettres ou chiffres.',
    'Typ minstens {min} letters of cijfers.',
    'Type at least {min} letters or digits.',
  ),
  'duplicate.same_record': t(
    'Choisissez deux fiches différentes.',
    'Kies twee verschillende fiches.',
    'Choose two different records.',
  ),
  'duplicate.contacts_unknown': t(
    'Certains contacts choisis ne sont pas dans le registre.',
    'Sommige gekozen contactpersonen staan niet in het register.',
    'Some chosen contacts are not in the register.',
  ),
  'intake.organisation_either': t(
    'Choisissez une organisation existante ou décrivez-en une nouvelle : l’une ou l’autre.',
    'Kies een bestaande organisatie of beschrijf een nieuwe: het een of het ander.',
    'Give either an existing organisation or a new one: one of the two.',
  ),
  'contact.erase_unknown_records': t(
    'Certaines fiches cochées ne font pas partie de la relecture : {ids}',
    'Sommige aangevinkte fiches horen niet bij de nalezing: {ids}',
    'Some ticked records are not part of the review: {ids}',
  ),
  'merge.bad_fields': t(
    'Certains champs de la fusion ne sont pas valables.',
    'Sommige velden van de samenvoeging zijn niet geldig.',
    'Some fields of the merge are not valid.',
  ),
  'merge.field_not_allowed': t(
    '{field} ne peut pas être choisi dans une fusion (choisissez parmi {allowed}).',
    '{field} kan niet gekozen worden bij een samenvoeging (kies uit {allowed}).',
    '{field} cannot be chosen in a merge (choose among {allowed}).',
  ),
  'merge.side': t(
    '{field} : choisissez la fiche conservée ou l’autre.',
    '{field}: kies de behouden fiche of de andere.',
    '{field} must be survivor or source.',
  ),
  'organisation.merge_same': t(
    'La fiche fusionnée doit être une autre que la fiche conservée.',
    'De samengevoegde fiche moet een andere zijn dan de behouden fiche.',
    'The merged record must differ from the survivor.',
  ),
  'contact.merge_same': t(
    'La fiche fusionnée doit être une autre que la fiche conservée.',
    'De samengevoegde fiche moet een andere zijn dan de behouden fiche.',
    'The merged record must differ from the survivor.',
  ),
  'organisation.merge_source_unknown': t(
    "La fiche à fusionner n'est pas une organisation du registre.",
    'De samen te voegen fiche is geen organisatie uit het register.',
    'The record to merge is not an organisation of the register.',
  ),
  'contact.merge_source_unknown': t(
    "La fiche à fusionner n'est pas un contact du registre.",
    'De samen te voegen fiche is geen contactpersoon uit het register.',
    'The record to merge is not a contact of the register.',
  ),
  'organisation.merged': t(
    'Cette organisation a été fusionnée dans une autre fiche ({survivorId}).',
    'Deze organisatie werd samengevoegd met een andere fiche ({survivorId}).',
    'This organisation was merged into another record ({survivorId}).',
  ),
  'contact.merged': t(
    'Ce contact a été fusionné dans une autre fiche ({survivorId}).',
    'Deze contactpersoon werd samengevoegd met een andere fiche ({survivorId}).',
    'This contact was merged into another record ({survivorId}).',
  ),
} satisfies MessageCatalogue;
