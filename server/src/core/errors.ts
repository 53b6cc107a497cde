import { GraphQLError } from 'graphql';

/** The error codes clients can rely on (`extensions.code`). */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** The request body is larger than REQUEST_MAX_BYTES (HTTP 413). */
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  /** The database connection was lost (reads are tried once more first); HTTP 503 with Retry-After. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** One problem with one input field: `field` is the dotted path inside the input, `rule` a stable name. */
export interface FieldProblem {
  field: string;
  rule: string;
  message: string;
}

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export function badInput(problems: FieldProblem[]): AppError {
  const summary = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
  return new AppError(ErrorCode.BAD_USER_INPUT, `输入有误 Invalid input — ${summary}`, { problems });
}

/** Shorthand for the common single-field refusal. */
export function invalid(field: string, rule: string, message: string): AppError {
  return badInput([{ field, rule, message }]);
}

export function notFound(entity: string, id: string): AppError {
  return new AppError(ErrorCode.NOT_FOUND, `${entity} ${id} 不存在或无权访问 (not found)`, { entity, id });
}

export function forbidden(message = '无权执行此操作 (forbidden)', extra: Record<string, unknown> = {}): AppError {
  return new AppError(ErrorCode.FORBIDDEN, message, extra);
}

export function unauthenticated(message = '请先登录 (authentication required)'): AppError {
  return new AppError(ErrorCode.UNAUTHENTICATED, message);
}

/** Seconds a client should wait before sending again a request refused with SERVICE_UNAVAILABLE. */
export const RETRY_AFTER_SECONDS = 2;

/** The database connection was lost: a write may or may not have been committed, so repeating it is the client's decision. */
export function serviceUnavailable(): AppError {
  return new AppError(
    ErrorCode.SERVICE_UNAVAILABLE,
    `数据库连接中断，请稍后重试；修改类操作请先刷新确认是否已保存 (the database connection was lost; try again in ${RETRY_AFTER_SECONDS} s, and check whether a change was saved before sending it again)`,
    {
      retryAfterSeconds: RETRY_AFTER_SECONDS,
      http: { status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
    },
  );
}

/** A rule of the domain refused the change, or someone else changed the record first. */
export function conflict(rule: string, message: string, extra: Record<string, unknown> = {}): AppError {
  return new AppError(ErrorCode.CONFLICT, message, { rule, ...extra });
}

export function staleVersion(entity: string, id: string, expected: number, actual: number): AppError {
  return conflict('STALE_VERSION', `${entity} ${id} 已被他人修改，请刷新后重试 (expected version ${expected}, current ${actual})`, {
    entity,
    id,
    expectedVersion: expected,
    currentVersion: actual,
  });
}

/** Collects problems so a request reports all of them at once instead of the first. */
export class Problems {
  readonly list: FieldProblem[] = [];
  add(field: string, rule: string, message: string): this {
    this.list.push({ field, rule, message });
    return this;
  }
  get empty(): boolean {
    return this.list.length === 0;
  }
  throwIfAny(): void {
    if (!this.empty) throw badInput(this.list);
  }
}
