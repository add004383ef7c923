// What other concepts may use of meetings (reports export the list).
export { meetingsList } from './meetings.list';
