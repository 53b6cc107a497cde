import { AsyncLocalStorage } from 'node:async_hooks';

/** Per-request facts that code far from the resolver needs: the SQL statement counter, the request id. */
export interface RequestScope {
  requestId: string;
  statements: number;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();

/** Called by MikroORM's onQuery hook for every statement it sends. */
export function countStatement(sql: string): string {
  const scope = requestScope.getStore();
  if (scope) scope.statements += 1;
  return sql;
}
