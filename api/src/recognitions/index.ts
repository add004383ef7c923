// What other concepts may use of recognition files (reports count renewals and export the list).
export { recognitionsList } from './recognitions.list';
export { renewalDueCasesSql, renewalDueSql } from './renewal-due.sql';
