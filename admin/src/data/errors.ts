import { HttpError } from 'ra-core';
import { ApiError, GraphQLErrorShape } from './transport';
import { localizeServerMessage } from '../i18n/locale';
import { asRow } from './row';

/** The parts of an Apollo client error read here. */
interface ApolloErrorShape { graphQLErrors?: GraphQLErrorShape[]; networkError?: unknown }

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
  if (e instanceof HttpError && !asRow(e.body)?.graphQLErrors && !asRow(e.body)?.networkError) return e;
  let errors: GraphQLErrorShape[] | undefined;
  if (e instanceof ApiError) errors = e.errors;
  else {
    // an Apollo error, or a react-admin HttpError wrapping one in its body
    const body: ApolloErrorShape | undefined = asRow(asRow(e)?.body) ?? asRow(e);
    errors = body?.graphQLErrors?.length ? body.graphQLErrors : undefined;
    const net = body?.networkError ?? asRow(e)?.networkError;
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

/** The message of anything thrown (an Error's message, else its text). */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** How a refused write reads in a form: someone acted first, field errors with a summary, or a message. */
export type WriteFailure =
  | { kind: 'conflict' }
  | { kind: 'fields'; fieldErrors: Record<string, string>; message: string }
  | { kind: 'message'; message: string | undefined };

/** Classifies what the data provider threw (an HttpError from toHttpError, or anything else). */
export function writeFailure(err: unknown): WriteFailure {
  const http = err instanceof HttpError ? err : undefined;
  const body: { rule?: string; problems?: { field: string; message: string }[]; errors?: Record<string, unknown> } | undefined = http?.body;
  if (http?.status === 409 && body?.rule === 'STALE_VERSION') return { kind: 'conflict' };
  if (http?.status === 400 && body?.problems?.length) {
    const fieldErrors: Record<string, string> = {};
    for (const p of body.problems) {
      const own = body.errors?.[problemField(p.field)];
      fieldErrors[problemField(p.field)] = typeof own === 'string' ? own : p.message;
    }
    return { kind: 'fields', fieldErrors, message: http.message };
  }
  return { kind: 'message', message: err instanceof Error ? err.message : undefined };
}
