import { canAccess } from '../../../admin/src/auth/canAccess';
import {
  isLead,
  mayActAsAssessor,
  mayChangeCase,
  mayChangeMeeting,
  mayChangeTask,
  mayDeleteTask,
  mayReview,
} from '../../../api/src/domain/record-policies';

const advisor = { id: 'a1', role: 'advisor' };
const otherAdvisor = { id: 'a2', role: 'advisor' };
const coordinator = { id: 'c1', role: 'coordinator' };
const manager = { id: 'm1', role: 'manager' };
const admin = { id: 'x1', role: 'admin' };

describe('the domain core record policies', () => {
  it('leads are coordinators and admins only', () => {
    expect([advisor, coordinator, manager, admin, undefined].map(isLead)).toEqual([false, true, false, true, false]);
  });

  it('a case is changed by a lead or its advisor; with no case, by a lead only', () => {
    const kase = { advisorId: 'a1' };
    expect(mayChangeCase(advisor, kase)).toBe(true);
    expect(mayChangeCase(otherAdvisor, kase)).toBe(false);
    expect(mayChangeCase(manager, { advisorId: 'm1' })).toBe(false);
    expect(mayChangeCase(coordinator, kase)).toBe(true);
    expect(mayChangeCase(advisor, null)).toBe(false);
    expect(mayChangeCase(admin, null)).toBe(true);
    expect(mayChangeCase(undefined, kase)).toBe(false);
  });

  it('a meeting is its author’s; a task its assignee’s and creator’s, deleted by its creator', () => {
    expect(mayChangeMeeting(advisor, { authorId: 'a1' })).toBe(true);
    expect(mayChangeMeeting(otherAdvisor, { authorId: 'a1' })).toBe(false);
    expect(mayChangeMeeting(coordinator, { authorId: 'a1' })).toBe(true);
    const task = { assigneeId: 'a2', createdById: 'a1' };
    expect(mayChangeTask(advisor, task)).toBe(true);
    expect(mayChangeTask(otherAdvisor, task)).toBe(true);
    expect(mayChangeTask({ id: 'a3', role: 'advisor' }, task)).toBe(false);
    expect(mayDeleteTask(otherAdvisor, task)).toBe(false);
    expect(mayDeleteTask(advisor, task)).toBe(true);
    expect(mayDeleteTask(admin, task)).toBe(true);
  });
});

describe('the console asks canAccess: the roles table, then the record', () => {
  it('nobody signed in may do nothing', () => {
    expect(canAccess(undefined, 'organisations', 'list')).toBe(false);
  });

  it('a resource without a row is closed, an action not named falls back to "*"', () => {
    expect(canAccess(admin, 'nothing-here', 'list')).toBe(false);
    expect(canAccess(coordinator, 'intakes', 'convert')).toBe(true);
    expect(canAccess(advisor, 'intakes', 'list')).toBe(false);
  });

  it('managers read and report but write nothing; admins alone purge and keep the lists', () => {
    expect(canAccess(manager, 'organisations', 'show')).toBe(true);
    expect(canAccess(manager, 'organisations', 'edit')).toBe(false);
    expect(canAccess(advisor, 'organisations', 'purge')).toBe(false);
    expect(canAccess(admin, 'organisations', 'purge')).toBe(true);
    expect(canAccess(coordinator, 'programmes', 'create')).toBe(false);
  });

  it('the register care menus: duplicates for leads, the KBO load for admins', () => {
    expect([advisor, coordinator, manager, admin].map((user) => canAccess(user, 'duplicates', 'list'))).toEqual([
      false,
      true,
      false,
      true,
    ]);
    expect([advisor, coordinator, manager, admin].map((user) => canAccess(user, 'kbo', 'list'))).toEqual([
      false,
      false,
      false,
      true,
    ]);
  });

  it('given a case, an advisor may edit only theirs and never a closed one', () => {
    const mine = { advisorId: 'a1', status: 'open' };
    expect(canAccess(advisor, 'cases', 'edit')).toBe(true);
    expect(canAccess(advisor, 'cases', 'edit', mine)).toBe(true);
    expect(canAccess(otherAdvisor, 'cases', 'edit', mine)).toBe(false);
    expect(canAccess(advisor, 'cases', 'edit', { ...mine, status: 'closed' })).toBe(false);
    expect(canAccess(coordinator, 'cases', 'edit', { ...mine, status: 'closed' })).toBe(false);
    expect(canAccess(coordinator, 'cases', 'edit', mine)).toBe(true);
  });

  it('a missing record (null) is refused where a record rule exists, the role row alone decides elsewhere', () => {
    expect(canAccess(coordinator, 'cases', 'edit', null)).toBe(false);
    expect(canAccess(coordinator, 'organisations', 'edit', null)).toBe(true);
  });

  it('the roles table comes first: a manager who wrote a meeting still may not change it', () => {
    expect(canAccess(manager, 'meetings', 'edit', { authorId: 'm1' })).toBe(false);
    expect(canAccess(advisor, 'meetings', 'delete', { authorId: 'a1' })).toBe(true);
    expect(canAccess(otherAdvisor, 'meetings', 'delete', { authorId: 'a1' })).toBe(false);
  });

  it('tasks: the assignee edits, only the creator or a lead deletes', () => {
    const task = { assigneeId: 'a2', createdById: 'a1' };
    expect(canAccess(otherAdvisor, 'tasks', 'edit', task)).toBe(true);
    expect(canAccess(otherAdvisor, 'tasks', 'delete', task)).toBe(false);
    expect(canAccess(advisor, 'tasks', 'delete', task)).toBe(true);
  });

  it('referrals are moved from the list by their referrer or a lead', () => {
    const referral = { referredById: 'a1' };
    expect(canAccess(advisor, 'referrals', 'move', referral)).toBe(true);
    expect(canAccess(otherAdvisor, 'referrals', 'move', referral)).toBe(false);
    expect(canAccess(coordinator, 'referrals', 'move', referral)).toBe(true);
    expect(canAccess(manager, 'referrals', 'move', { referredById: 'm1' })).toBe(false);
  });
});

describe('assessment rights in the domain core', () => {
  it('an assessor is an active advisor, coordinator or admin; nobody reviews their own assessment', () => {
    expect(
      ['advisor', 'coordinator', 'manager', 'admin'].map((role) => mayActAsAssessor({ role, active: true })),
    ).toEqual([true, true, false, true]);
    expect(mayActAsAssessor({ role: 'advisor', active: false })).toBe(false);
    expect(mayReview('c1', 'a1')).toBe(true);
    expect(mayReview('a1', 'a1')).toBe(false);
  });
});
