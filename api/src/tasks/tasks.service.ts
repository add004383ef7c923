import { assertCaseOf } from '../cases/cases.queries';
import { ForbiddenException, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { SignedInUser } from '../common/auth/signed-in-user';
import { ValidationFailed } from '../common/errors/validation-errors';
import { updateAtVersion } from '../common/http/versioned-update';
import { EntityReader } from '../common/list/entity-reader';
import { Notifier } from '../notifications/notifier';
import { Task } from './task.entity';
import { CreateTaskDto, UpdateTaskDto } from './tasks.dto';
import { coded, fieldError, type CodedError } from '../common/errors/coded-error';
import { mayChangeTask, mayDeleteTask } from '../domain/record-policies';

@Injectable()
export class TasksService extends EntityReader<Task> {
  constructor(
    db: DataSource,
    private readonly notifier: Notifier,
  ) {
    super(db, Task, 't', 'task');
  }

  async create(dto: CreateTaskDto, by: SignedInUser): Promise<Task> {
    return this.db.transaction((manager) => this.createWithin(manager, dto, by));
  }

  /** A task written with the caller's transaction (a KBO load's follow-up tasks). */
  async createWithin(manager: EntityManager, dto: CreateTaskDto, by: SignedInUser): Promise<Task> {
    await this.assertLinks(manager, dto);
    await assertCaseOf(manager, dto.caseId, dto.organisationId);
    const status = dto.status ?? 'todo';
    const { id } = await manager.save(Task, {
      title: dto.title,
      organisationId: dto.organisationId ?? null,
      caseId: dto.caseId ?? null,
      meetingId: null,
      dueOn: dto.dueOn ?? null,
      assigneeId: dto.assigneeId ?? by.id,
      status,
      completedAt: status === 'done' ? new Date() : null,
      createdById: by.id,
      version: 1,
    });
    const task = await this.get(id, manager);
    await this.tellAssignee(manager, task, by);
    return task;
  }

  /** Its assignee, its creator, a coordinator or an admin; the server stamps completion. */
  async update(id: string, dto: UpdateTaskDto, by: SignedInUser): Promise<Task> {
    return this.db.transaction(async (manager) => {
      const stored = await this.get(id, manager);
      if (!mayChangeTask(by, stored)) throw new ForbiddenException(coded('task.not_allowed'));
      await this.assertLinks(manager, dto);
      const caseId = dto.caseId !== undefined ? dto.caseId : stored.caseId;
      const organisationId = dto.organisationId !== undefined ? dto.organisationId : stored.organisationId;
      if (caseId !== stored.caseId || organisationId !== stored.organisationId)
        await assertCaseOf(manager, caseId, organisationId);
      const changes: Partial<Task> = {};
      for (const field of ['title', 'organisationId', 'caseId', 'dueOn', 'assigneeId', 'status'] as const) {
        if (dto[field] !== undefined) (changes as Record<string, unknown>)[field] = dto[field];
      }
      if (dto.status && dto.status !== stored.status) changes.completedAt = dto.status === 'done' ? new Date() : null;
      await updateAtVersion(manager, Task, id, dto.version, changes);
      const task = await this.get(id, manager);
      if (task.assigneeId !== stored.assigneeId) await this.tellAssignee(manager, task, by);
      return task;
    });
  }

  async remove(id: string, by: SignedInUser): Promise<Task> {
    const task = await this.get(id);
    if (!mayDeleteTask(by, task)) {
      throw new ForbiddenException(coded('task.delete_not_allowed'));
    }
    await this.db.transaction((manager) => manager.delete(Task, { id }));
    return task;
  }

  /** A task given to someone by someone else: their bell, and a mail if they want it. */
  private async tellAssignee(manager: EntityManager, task: Task, by: SignedInUser): Promise<void> {
    if (!task.assigneeId || task.assigneeId === by.id || task.status === 'done') return;
    const [organisation] = task.organisationId
      ? await manager.query(`SELECT name FROM organisations WHERE id = $1`, [task.organisationId])
      : [];
    await this.notifier.notify(manager, {
      userId: task.assigneeId,
      template: 'task-assigned',
      params: {
        taskId: task.id,
        taskTitle: task.title,
        assignerName: by.fullName,
        organisationName: organisation?.name ?? null,
        dueOn: task.dueOn,
      },
    });
  }

  private async assertLinks(
    manager: EntityManager,
    dto: { organisationId?: string | null; caseId?: string | null; assigneeId?: string | null },
  ): Promise<void> {
    const errors: Record<string, CodedError> = {};
    const exists = async (table: string, id: string) =>
      (await manager.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id])).length > 0;
    if (dto.organisationId && !(await exists('organisations', dto.organisationId)))
      errors.organisationId = fieldError('organisation.unknown');
    if (dto.caseId && !(await exists('cases', dto.caseId))) errors.caseId = fieldError('case.unknown');
    if (dto.assigneeId) {
      const [user] = await manager.query(`SELECT active FROM users WHERE id = $1`, [dto.assigneeId]);
      if (!user?.active) errors.assigneeId = fieldError('user.not_active');
    }
    if (Object.keys(errors).length) throw new ValidationFailed(errors);
  }
}
