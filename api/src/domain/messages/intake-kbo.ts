import { MessageCatalogue, t } from './catalogue';

/** The public intake form's requests and the KBO/BCE open data. */
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
  'kbo.no_file': t("Envoyez l'extrait (zip) dans le champ « file » d'un formulaire.", 'Stuur het uittreksel (zip) in het veld "file" van een formulier.', 'Send the extract (zip) as the file field of a form.'),
  'kbo.enterprise_not_found': t(
    "L'extrait BCE ne contient pas l'entreprise {number}.",
    'Het KBO-uittreksel bevat de onderneming {number} niet.',
    'The KBO extract has no enterprise {number}.',
  ),
  'kbo.load_not_found': t("Ce chargement BCE n'existe pas.", 'Deze KBO-lading bestaat niet.', 'There is no such KBO load.'),
  'kbo.change_not_found': t("Ce changement BCE n'existe pas.", 'Deze KBO-wijziging bestaat niet.', 'There is no such KBO change.'),
  'kbo.change_resolved': t('Ce changement BCE a déjà été traité.', 'Deze KBO-wijziging is al behandeld.', 'This KBO change has already been handled.'),
  'session.not_found': t("Cette session n'est pas ouverte.", 'Deze sessie is niet open.', 'There is no such open session.'),
} satisfies MessageCatalogue;
