import { EditButton, Show, TabbedShowLayout, TopToolbar, useCanAccess } from 'react-admin';
import { OrganisationContacts } from '../contacts/OrganisationContacts';
import { OrganisationOverview } from './OrganisationOverview';

function OrganisationShowActions() {
  const { canAccess } = useCanAccess({ resource: 'organisations', action: 'edit' });
  return <TopToolbar>{canAccess && <EditButton />}</TopToolbar>;
}

export default function OrganisationShow() {
  return (
    <Show actions={<OrganisationShowActions />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="traject.organisations.tabs.overview">
          <OrganisationOverview />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="traject.organisations.tabs.contacts" path="contacts">
          <OrganisationContacts />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
