import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Observable, tap } from 'rxjs';
import { SignInCache } from './sign-in-cache';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * After any write request of this process (a sign-out, a deactivation, a role or password changed…), the sessions
 * kept by {@link SignInCache} are forgotten before the answer leaves: the change holds for the very next request,
 * without waiting for the database's announcement. Writes are rare next to reads; the cost is one lookup each.
 */
@Injectable()
export class ForgetSignInsAfterWrites implements NestInterceptor {
  constructor(private readonly known: SignInCache) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http' || READS.has(context.switchToHttp().getRequest().method)) return next.handle();
    const forget = () => this.known.forgetAll();
    return next.handle().pipe(tap({ next: forget, error: forget, complete: forget }));
  }
}
