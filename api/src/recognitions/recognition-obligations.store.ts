import { EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app.config';
import { type Obligation, obligationsAround, obligationsIn } from '../domain/recognition-obligations';
import { yearOf } from '../domain/calendar';
import type { Recognition } from './recognition.entity';

/** One obligation as the recognition page shows it: opened (with its task) or upcoming, done or not. */
export interface ObligationView {
  obligation: Obligation;
  year: number;
  opensOn: string;
  dueOn: string;
  /** Opened: the daily work made a task for the advisor. */
  opened: boolean;
  taskId: string | null;
  doneOn: string | null;
}

interface StoredObligation {
  recognition_id: string;
  obligation: Obligation;
  year: number;
  due_on: string;
  task_id: string | null;
  done_on: string | null;
}

const today = () => new Date().toISOString().slice(0, 10);

/** For each file: this year's and next year's obligations, with any earlier one still not done. */
export async function obligationViews(
  manager: EntityManager,
  files: Recognition[],
  config: Pick<AppConfig, 'activityReportDue'>,
): Promise<Map<string, ObligationView[]>> {
  const stored: StoredObligation[] = await manager.query(
    `SELECT recognition_id, obligation, year, to_char(due_on, 'YYYY-MM-DD') AS due_on, task_id, to_char(done_on, 'YYYY-MM-DD') AS done_on
       FROM recognition_obligations WHERE recognition_id = ANY($1::uuid[]) ORDER BY year, obligation`,
    [files.map((f) => f.id)],
  );
  const day = today();
  const views = new Map<string, ObligationView[]>();
  for (const file of files) {
    const mine = stored.filter((s) => s.recognition_id === file.id);
    const key = (o: { obligation: string; year: number }) => `${o.obligation}:${o.year}`;
    const byKey = new Map(mine.map((s) => [key(s), s]));
    const around = obligationsAround(file, day, { activityReportDue: config.activityReportDue });
    const aroundKeys = new Set(around.map(key));
    const earlier = mine.filter((s) => !aroundKeys.has(key(s)) && (!s.done_on || s.year === yearOf(day)));
    views.set(file.id, [
      ...earlier.map((s) => ({
        obligation: s.obligation,
        year: s.year,
        opensOn: `${s.year}-01-01`,
        dueOn: s.due_on,
        opened: true,
        taskId: s.task_id,
        doneOn: s.done_on,
      })),
      ...around.map((o) => {
        const s = byKey.get(key(o));
        return {
          ...o,
          dueOn: s?.due_on ?? o.dueOn,
          opened: !!s,
          taskId: s?.task_id ?? null,
          doneOn: s?.done_on ?? null,
        };
      }),
    ]);
  }
  return views;
}

/** Whether `obligation` of `year` belongs to the file (its kind, approved before that year). */
export function isObligationOf(
  file: Recognition,
  obligation: Obligation,
  year: number,
  config: Pick<AppConfig, 'activityReportDue'>,
) {
  return (
    obligationsIn(file, year, { activityReportDue: config.activityReportDue }).find(
      (o) => o.obligation === obligation,
    ) ?? null
  );
}
