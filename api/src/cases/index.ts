// What other concepts may use of cases (intake opens one, reports export the list); plain queries: cases.queries.ts.
export { casesList } from './cases.list';
export { CasesService } from './cases.service';
