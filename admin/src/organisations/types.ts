import type { Language } from '../auth/types';
import type { LegalBasis, LegalForm, RecognitionStatus, Sector, Stage } from './codes';

/** An organisation as the API sends it (`/api/organisations`). */
export interface Organisation {
  id: string;
  name: string;
  enterpriseNumber: string | null;
  legalForm: LegalForm | null;
  sectors: Sector[];
  description: string | null;
  socialMission: string | null;
  street: string | null;
  postcode: string | null;
  municipality: string | null;
  outsideBrussels: boolean;
  kboAlert?: 'stopped' | 'bankruptcy' | 'liquidation' | 'reorganisation' | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  foundedOn: string | null;
  registeredOn: string | null;
  employeesFte: number | null;
  volunteers: number | null;
  languages: Language[];
  tags: string[];
  archived: boolean;
  stage: Stage | null;
  advisorId: string | null;
  recognitionStatus: RecognitionStatus | null;
  lastMeetingAt: string | null;
  createdById: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface Contact {
  id: string;
  organisationId: string;
  firstName: string;
  lastName: string;
  jobTitle: string | null;
  email: string | null;
  phone: string | null;
  language: Language | null;
  isPrimary: boolean;
  legalBasis: LegalBasis;
  consentGivenAt: string | null;
  notes: string | null;
  anonymisedAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** One of the 19 Brussels municipalities, keyed by NIS code. */
export interface Municipality {
  id: string;
  nameFr: string;
  nameNl: string;
  postcodes: string[];
}
