import { useLocaleState } from 'react-admin';
import { languageOfName } from './languageOfName';

/** A name as text, in a `lang` span when its record says it is in another language than the console's. */
export function NameInLanguage({
  name,
  languages,
}: {
  name: string;
  languages: readonly string[] | string | null | undefined;
}) {
  const [locale] = useLocaleState();
  const lang = languageOfName(languages, locale);
  return lang ? <span lang={lang}>{name}</span> : <>{name}</>;
}
