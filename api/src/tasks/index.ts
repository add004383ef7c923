// What other concepts may use of tasks (the KBO load asks for a check); plain queries: tasks.queries.ts.
export { TasksService } from './tasks.service';
