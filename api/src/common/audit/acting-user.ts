import { AsyncLocalStorage } from 'node:async_hooks';
import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Observable } from 'rxjs';
import { DataSource, EntitySubscriberInterface, TransactionStartEvent } from 'typeorm';

/** Who the current request acts for, carried through its async work. */
const acting = new AsyncLocalStorage<{ userId: string | null }>();

export function actingUserId(): string | null {
  return acting.getStore()?.userId ?? null;
}

/** Runs each request's handler with the signed-in user as the acting user. */
@Injectable()
export class ActingUserInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const user = context.switchToHttp().getRequest().user as { id?: string } | undefined;
    return new Observable((subscriber) =>
      acting.run({ userId: user?.id ?? null }, () => next.handle().subscribe(subscriber)),
    );
  }
}

/**
 * Stamps every transaction with the acting user (`traject.user_id`, local to the transaction),
 * which the database's audit triggers record beside each change. This is the one mechanism that
 * writes the audit trail: no service has to remember it.
 */
@Injectable()
export class AuditContextSubscriber implements EntitySubscriberInterface {
  constructor(dataSource: DataSource) {
    dataSource.subscribers.push(this);
  }

  async afterTransactionStart(event: TransactionStartEvent): Promise<void> {
    const userId = actingUserId();
    if (userId) await event.queryRunner.query(`SELECT set_config('traject.user_id', $1, true)`, [userId]);
  }
}
