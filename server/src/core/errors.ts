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
