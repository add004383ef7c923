import type { ReactNode } from 'react';
import { AutocompleteInput, CreateButton, FilterButton, ReferenceInput, TopToolbar, useGetIdentity } from 'react-admin';
import { type QuickFilter, QuickFilters } from './QuickFilters';
import { SavedFilters } from '../field/SavedFilters';

/** A list's toolbar: filters, create, and the list's export. */
export function ListActions({ exporter }: { exporter: ReactNode }) {
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton />
      {exporter}
    </TopToolbar>
  );
}

/** A filter picking a colleague by name (`users`), labelled as the resource's field. */
export function colleagueFilter(resource: string, source: string) {
  return (
    <ReferenceInput key={source} source={source} reference="users" sort={{ field: 'fullName', order: 'ASC' }}>
      <AutocompleteInput optionText="fullName" label={`resources.${resource}.fields.${source}`} />
    </ReferenceInput>
  );
}

/** A filter picking an organisation by name, labelled as the resource's field. */
export function organisationFilter(resource: string, source = 'organisationId') {
  return (
    <ReferenceInput key={source} source={source} reference="organisations" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput optionText="name" label={`resources.${resource}.fields.${source}`} />
    </ReferenceInput>
  );
}

/** Quick filters that may name the signed-in user ("mine"): shown once they are known. */
export function PersonalQuickFilters({ filters }: { filters: (me: string) => QuickFilter[] }) {
  const { identity } = useGetIdentity();
  if (!identity) return null;
  return (
    <>
      <QuickFilters filters={filters(String(identity.id))} />
      <SavedFilters />
    </>
  );
}
