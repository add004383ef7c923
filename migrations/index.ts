import { CreateUsersAndSessions1764201600000 } from './1764201600000-CreateUsersAndSessions';
import { CreateOrganisationsAndContacts1764288000000 } from './1764288000000-CreateOrganisationsAndContacts';
import { CreateJourney1764374400000 } from './1764374400000-CreateJourney';
import { CreateAssessmentsRecognitionsReferrals1764460800000 } from './1764460800000-CreateAssessmentsRecognitionsReferrals';
import { CreateAuditTrail1764547200000 } from './1764547200000-CreateAuditTrail';
import { AddReportIndexes1764633600000 } from './1764633600000-AddReportIndexes';
import { AddSearchColumns1764720000000 } from './1764720000000-AddSearchColumns';
import { AddOverviewIndexes1764806400000 } from './1764806400000-AddOverviewIndexes';
import { AddCaseMilestones1764892800000 } from './1764892800000-AddCaseMilestones';
import { RepairAuditQuietColumns1764980000000 } from './1764980000000-RepairAuditQuietColumns';
import { EraseByStringLeaves1765000000000 } from './1765000000000-EraseByStringLeaves';
import { RecognitionClocks1765100000000 } from './1765100000000-RecognitionClocks';
import { EmesRulesVersion1765100000001 } from './1765100000001-EmesRulesVersion';
import { ReferralPartners1765100000002 } from './1765100000002-ReferralPartners';
import { AddSessionDetails1765400000000 } from './1765400000000-AddSessionDetails';
import { AddSecondFactor1765410000000 } from './1765410000000-AddSecondFactor';
import { AddProviderIdentity1765420000000 } from './1765420000000-AddProviderIdentity';
import { CreateKbo1765600000000 } from './1765600000000-CreateKbo';
import { CreateIntakes1765700000000 } from './1765700000000-CreateIntakes';
import { CreateExpensiveRequestCounts1765820000000 } from './1765820000000-CreateExpensiveRequestCounts';
import { AddMeetingMonthCounts1765860000000 } from './1765860000000-AddMeetingMonthCounts';
import { CreateOutboxAndNotifications1765300000000 } from './1765300000000-CreateOutboxAndNotifications';
import { CreateDocuments1765500000000 } from './1765500000000-CreateDocuments';
import { AddMergesAndDuplicateDismissals1765600100000 } from './1765600100000-AddMergesAndDuplicateDismissals';
import { RememberRotatedSessionTokens1765830000000 } from './1765830000000-RememberRotatedSessionTokens';
import { KboNameWords1765870000000 } from './1765870000000-KboNameWords';
import { SlidingExpensiveRequestWindow1765910000000 } from './1765910000000-SlidingExpensiveRequestWindow';
import { DocumentSearchMeeting1765910000001 } from './1765910000001-DocumentSearchMeeting';
import { KboLoadErrorParams1765920000000 } from './1765920000000-KboLoadErrorParams';
import { ReferralMoveBefore1765900000000 } from './1765900000000-ReferralMoveBefore';
import { AddOrganisationSpans1765940000000 } from './1765940000000-AddOrganisationSpans';
import { AddOverviewCounts1765950000000 } from './1765950000000-AddOverviewCounts';
import { AddCaseAdvisorIndex1765960000000 } from './1765960000000-AddCaseAdvisorIndex';
import { CreateUserInvitations1765970000000 } from './1765970000000-CreateUserInvitations';
import { AddPasswordResets1766000000000 } from './1766000000000-AddPasswordResets';
import { IndexContactNameSearch1766100000000 } from './1766100000000-IndexContactNameSearch';
import { KboNameDictionary1766200000000 } from './1766200000000-KboNameDictionary';
import { NotifySignInChanges1766300000000 } from './1766300000000-NotifySignInChanges';
import { CoverOverviewReads1766400000000 } from './1766400000000-CoverOverviewReads';

/** Every migration, oldest first. A landed migration is never edited: add a new one (and its line in ./landed.ts). */
export const migrations = [
  CreateUsersAndSessions1764201600000,
  CreateOrganisationsAndContacts1764288000000,
  CreateJourney1764374400000,
  CreateAssessmentsRecognitionsReferrals1764460800000,
  CreateAuditTrail1764547200000,
  AddReportIndexes1764633600000,
  AddSearchColumns1764720000000,
  AddOverviewIndexes1764806400000,
  AddCaseMilestones1764892800000,
  RepairAuditQuietColumns1764980000000,
  EraseByStringLeaves1765000000000,
  RecognitionClocks1765100000000,
  EmesRulesVersion1765100000001,
  ReferralPartners1765100000002,
  AddSessionDetails1765400000000,
  AddSecondFactor1765410000000,
  AddProviderIdentity1765420000000,
  CreateKbo1765600000000,
  CreateIntakes1765700000000,
  CreateOutboxAndNotifications1765300000000,
  CreateDocuments1765500000000,
  AddMergesAndDuplicateDismissals1765600100000,
  CreateExpensiveRequestCounts1765820000000,
  RememberRotatedSessionTokens1765830000000,
  KboNameWords1765870000000,
  AddMeetingMonthCounts1765860000000,
  SlidingExpensiveRequestWindow1765910000000,
  DocumentSearchMeeting1765910000001,
  KboLoadErrorParams1765920000000,
  ReferralMoveBefore1765900000000,
  AddOrganisationSpans1765940000000,
  AddOverviewCounts1765950000000,
  AddCaseAdvisorIndex1765960000000,
  CreateUserInvitations1765970000000,
  AddPasswordResets1766000000000,
  IndexContactNameSearch1766100000000,
  KboNameDictionary1766200000000,
  NotifySignInChanges1766300000000,
  CoverOverviewReads1766400000000,
];
