import { OrganisationTitle } from './OrganisationNameField';
import {
  EditButton,
  Show,
  TabbedShowLayout,
  TabbedShowLayoutTabs,
  TopToolbar,
  useCanAccess,
  useRecordContext,
} from 'react-admin';
import { OrganisationHistory } from '../audit/OrganisationHistory';
import { OrganisationDocuments } from '../documents/OrganisationDocuments';
import { OrganisationAssessments } from '../assessments/OrganisationAssessments';
import { OrganisationContacts } from '../contacts/OrganisationContacts';
import { Timeline } from '../timeline/Timeline';
import { OrganisationMeetings } from '../meetings/OrganisationMeetings';
import { OrganisationRecognition } from '../recognitions/OrganisationRecognition';
import { OrganisationReferrals } from '../referrals/OrganisationReferrals';
import { OrganisationTasks } from '../tasks/OrganisationTasks';
import { OpenCaseHeader } from './OpenCaseHeader';
import { KboBanner } from '../kbo/KboBanner';
import { OrganisationDuplicates } from '../duplicates/OrganisationDuplicates';
import { OrganisationOverview } from './OrganisationOverview';
import type { Organisation } from './types';
import { useRememberViewed } from '../field/recentlyViewed';

function OrganisationShowActions() {
  const { canAccess } = useCanAccess({ resource: 'organisations', action: 'edit' });
  return <TopToolbar>{canAccess && <EditButton />}</TopToolbar>;
}

function OrganisationJourney() {
  const organisation = useRecordContext<Organisation>();
  if (!organisation) return null;
  return <Timeline organisationId={String(organisation.id)} />;
}

/** Puts the organisation on its viewer's "recently viewed" list. */
function RememberViewed() {
  const organisation = useRecordContext<Organisation>();
  useRememberViewed(organisation ? `/organisations/${organisation.id}/show` : undefined, organisation?.name);
  return null;
}

export default function OrganisationShow() {
  return (
    <Show actions={<OrganisationShowActions />} title={<OrganisationTitle />}>
      <RememberViewed />
      <OpenCaseHeader />
      <KboBanner />
      <OrganisationDuplicates />
      {/* Ten tabs: they scroll sideways on a narrow screen instead of widening the page. */}
      <TabbedShowLayout
        tabs={<TabbedShowLayoutTabs variant="scrollable" scrollButtons="auto" allowScrollButtonsMobile />}
      >
        <TabbedShowLayout.Tab label="traject.organisations.tabs.overview">
          <OrganisationOverview />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="traject.organisations.tabs.contacts" path="contacts">
          <OrganisationContacts />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="traject.organisations.tabs.journey" path="journey">
          <OrganisationJourney />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="traject.organisations.tabs.meetings" path="meetings">
          <OrganisationMeetings />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="traject.organisations.tabs.tasks" path="tasks">
          <OrganisationTasks />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="traject.organisations.tabs.assessments" path="assessments">
          <OrganisationAssessments />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="traject.organisations.tabs.recognition" path="recognition">
          <OrganisationRecognition />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="traject.organisations.tabs.referrals" path="referrals">
          <OrganisationReferrals />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="traject.organisations.tabs.documents" path="documents">
          <OrganisationDocuments />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="traject.organisations.tabs.history" path="history">
          <OrganisationHistory />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
