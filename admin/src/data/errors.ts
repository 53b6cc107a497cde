import { HttpError } from 'ra-core';
import { ApiError, GraphQLErrorShape } from './transport';
import { localizeServerMessage } from '../i18n/locale';

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400, GRAPHQL_VALIDATION_FAILED: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404,
  CONFLICT: 409, RATE_LIMITED: 429, QUERY_TOO_COMPLEX: 400, NETWORK: 0,
};

/** Strips the argument prefix from a problem path: "input.name" -> "name". */
export function problemField(field: string): string {
  return field.replace(/^(input|data)\./, '');
}

/**
 * Any failure (ApiError, Apollo error from ra-data-graphql, network) -> react-admin HttpError:
 * BAD_USER_INPUT problems become form field errors (body.errors), a stale version becomes the
 * clear "someone acted first" message, UNAUTHENTICATED becomes 401 so the auth provider signs out.
 */
export function toHttpError(e: unknown): unknown {
  if (e instanceof HttpError && !(e.body as any)?.graphQLErrors && !(e.body as any)?.networkError) return e;
  let errors: GraphQLErrorShape[] | undefined;
  if (e instanceof ApiError) errors = e.errors;
  else {
    const body = (e as any)?.body ?? e;
    errors = body?.graphQLErrors?.length ? body.graphQLErrors : undefined;
    const net = body?.networkError ?? (e as any)?.networkError;
    if (!errors && net) {
      if (net instanceof ApiError) errors = net.errors;
      else errors = [{ message: 'app.error.network', extensions: { code: 'NETWORK' } }];
    }
  }
  if (!errors?.length) return e;
  const first = errors[0];
  const code = String(first.extensions?.code ?? 'UNKNOWN');
  const status = STATUS[code] ?? 500;
  const text = localizeServerMessage(first.message);
  if (code === 'CONFLICT' && first.extensions?.rule === 'STALE_VERSION') {
    return new HttpError('app.error.stale_version', 409, { code, rule: 'STALE_VERSION' });
  }
  if (code === 'BAD_USER_INPUT') {
    const problems = errors.flatMap((x) => x.extensions?.problems ?? []);
    const fieldErrors: Record<string, unknown> = {};
    for (const p of problems) fieldErrors[problemField(p.field)] = localizeServerMessage(p.message);
    const summary = problems.length ? problems.map((p) => localizeServerMessage(p.message)).join('；') : text;
    return new HttpError(summary, 400, { code, problems, errors: { ...fieldErrors, root: { serverError: summary } } });
  }
  if (code === 'NETWORK') return new HttpError('app.error.network', 0, { code });
  if (code === 'UNAUTHENTICATED') return new HttpError(text || 'app.error.unauthenticated', 401, { code });
  return new HttpError(text, status, { code, rule: first.extensions?.rule });
}
