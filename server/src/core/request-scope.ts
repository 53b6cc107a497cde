import { AsyncLocalStorage } from 'node:async_hooks';

/** Per-request facts that code far from the resolver needs: the SQL statement counter, the request id. */
export interface RequestScope {
  requestId: string;
  statements: number;
  /** Milliseconds this request spent waiting for its SQL statements (for /metrics). */
  sqlMs?: number;
  /** This request's plain reads may go to a read replica (a query by someone who has not just written). */
  readReplica?: boolean;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();

/** Called by MikroORM's onQuery hook for every statement it sends. */
export function countStatement(sql: string): string {
  const scope = requestScope.getStore();
  if (scope) scope.statements += 1;
  return sql;
}

/** Adds a finished statement's time to the current request's total. */
export function addSqlTime(ms: number, scope = requestScope.getStore()): void {
  if (scope) scope.sqlMs = (scope.sqlMs ?? 0) + ms;
}
