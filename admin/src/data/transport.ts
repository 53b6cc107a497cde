/**
 * The one way the console talks to the API: POST /graphql on the same origin, cookie session.
 * No other host is ever contacted.
 */
export const GRAPHQL_PATH = '/graphql';

export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; rule?: string; problems?: { field: string; rule?: string; message: string }[]; [k: string]: unknown };
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: GraphQLErrorShape[];
}

export class ApiError extends Error {
  code: string;
  rule?: string;
  problems: { field: string; rule?: string; message: string }[];
  status: number;
  errors: GraphQLErrorShape[];
  constructor(errors: GraphQLErrorShape[], status = 200) {
    const first = errors[0] ?? { message: 'Unknown error' };
    super(first.message);
    this.errors = errors;
    this.code = String(first.extensions?.code ?? (status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'UNKNOWN'));
    this.rule = first.extensions?.rule as string | undefined;
    this.problems = errors.flatMap((e) => e.extensions?.problems ?? []);
    this.status = status;
  }
}

/** Sends one operation; returns the raw GraphQL response, throwing only when no JSON came back. */
export async function rawRequest(query: string, variables?: Record<string, unknown>, signal?: AbortSignal): Promise<GraphQLResponse> {
  let res: Response;
  try {
    res = await fetch(GRAPHQL_PATH, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables: variables ?? {} }),
      signal,
    });
  } catch (e) {
    if ((e as Error)?.name === 'AbortError') throw e;
    throw new ApiError([{ message: 'app.error.network', extensions: { code: 'NETWORK' } }], 0);
  }
  let json: GraphQLResponse;
  try {
    json = await res.json();
  } catch {
    throw new ApiError([{ message: `HTTP ${res.status}`, extensions: { code: res.status === 401 ? 'UNAUTHENTICATED' : 'HTTP' } }], res.status);
  }
  return json;
}

/** Sends one operation and returns its data, or throws an ApiError carrying the server's code. */
export async function request<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
  const json = await rawRequest(query, variables, signal);
  if (json.errors?.length) throw new ApiError(json.errors);
  return (json.data ?? {}) as T;
}
