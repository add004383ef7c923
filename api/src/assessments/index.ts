// What other concepts may use of assessments (reports export the list).
export { assessmentsList } from './assessments.list';
