import { useGetList, useLocaleState } from 'react-admin';
import type { PartnerKind } from '../../../api/src/domain/partners';

export interface PartnerRecord {
  id: string;
  nameFr: string;
  nameNl: string;
  kind: PartnerKind;
  active: boolean;
  version: number;
}

/** Every partner (one cached request), and its name in the console's language (Dutch in NL, else French). */
export function usePartners() {
  const [locale] = useLocaleState();
  const { data = [], isPending } = useGetList<PartnerRecord>(
    'partners',
    { pagination: { page: 1, perPage: 200 }, sort: { field: 'nameFr', order: 'ASC' } },
    { staleTime: 5 * 60_000 },
  );
  const nameOf = (partner: PartnerRecord) => (locale === 'nl' ? partner.nameNl : partner.nameFr);
  const byId = new Map(data.map((partner) => [partner.id, partner]));
  return {
    partners: data,
    isPending,
    byId,
    nameOf,
    /** The partner's name for a code; the code itself while the list loads. */
    name: (id: string) => (byId.get(id) ? nameOf(byId.get(id)!) : id),
    choices: data.map((partner) => ({ id: partner.id, name: nameOf(partner) })),
  };
}

/** A partner's name in the console's language. */
export function PartnerName({ id }: { id: string }) {
  const { name } = usePartners();
  return <>{name(id)}</>;
}
