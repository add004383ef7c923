import { useMemo } from 'react';
import { useGetList, useLocaleState } from 'react-admin';
import type { Municipality } from './types';

/** The name a user reads: Dutch for a Dutch console, French otherwise. */
function municipalityName(municipality: Municipality, locale: string): string {
  return locale === 'nl' ? municipality.nameNl : municipality.nameFr;
}

/**
 * The 19 municipalities, loaded once (react-query keeps them), with choices in the user's
 * language and the postcode -> NIS code map the forms use.
 */
export function useMunicipalities() {
  const [locale] = useLocaleState();
  const { data, isPending } = useGetList<Municipality>(
    'municipalities',
    { pagination: { page: 1, perPage: 100 }, sort: { field: 'nameFr', order: 'ASC' } },
    { staleTime: 60 * 60 * 1000 },
  );
  return useMemo(() => {
    const rows = data ?? [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    const byPostcode = new Map<string, string>();
    for (const row of rows)
      for (const postcode of row.postcodes) if (!byPostcode.has(postcode)) byPostcode.set(postcode, row.id);
    const choices = rows
      .map((row) => ({ id: row.id, name: municipalityName(row, locale) }))
      .sort((a, b) => a.name.localeCompare(b.name, locale));
    return {
      isPending,
      choices,
      nameOf: (id: string | null | undefined) =>
        id && byId.has(id) ? municipalityName(byId.get(id)!, locale) : (id ?? ''),
      fromPostcode: (postcode: string) => byPostcode.get(postcode),
    };
  }, [data, isPending, locale]);
}
