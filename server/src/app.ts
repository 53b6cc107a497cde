import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import express from 'express';
import cookieParser from 'cookie-parser';
import { ApolloServer } from '@apollo/server';
import type { ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { GraphQLError, getOperationAST } from 'graphql';
import type { GraphQLFormattedError } from 'graphql';
import { projectRoot, settings } from './config';
import type { RequestContext } from './core/context';
import { Loaders } from './core/loaders';
import { requestScope } from './core/request-scope';
import type { RequestScope } from './core/request-scope';
import { ErrorCode, RETRY_AFTER_SECONDS, serviceUnavailable } from './core/errors';
import { isConnectionLost } from './core/db';
import { httpDrain } from './core/http-drain';
import type { HttpDrain } from './core/http-drain';
import { redisClient } from './core/redis';
import { describeForLog } from './core/log-safe';
import { logger } from './core/logger';
import { metricsHandler, operationLabel, recordRequest, watchDatabase } from './core/metrics';
import { createSchema } from './schema';
import { explainInputError } from './core/validation';
import { jitExecutorGateway } from './core/executor';
import { requestLimitsPlugin, syntaxRefusal } from './core/limits';
import { resetRateLimiter } from './core/rate-limit';
import { resetRollupCaches } from './core/rollup-cache';
import { authenticate, SESSION_COOKIE } from './modules/identity/identity.service';
import { trustedDocumentLookup, trustedDocumentsPlugin } from './modules/identity/identity.documents';
import { noteWrite, readReplicas, startReadReplicas, stopReadReplicas, wroteRecently } from './core/replicas';

/** What the request log line and /metrics say about a request besides its time: set as its answer is sent. */
interface RequestFacts {
  operation?: string | null;
  code: string;
  userId?: string;
  keyId?: string;
}
const requestFacts = new WeakMap<RequestScope, RequestFacts>();

/** An incoming X-Request-Id a trusted proxy may pass on: short and of plain characters, so it is safe in logs and headers. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

const KNOWN_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** A refusal before GraphQL runs (body too large, not JSON), in the shape every GraphQL client reads. */
function refusal(res: express.Response, status: number, code: string, message: string, extra: Record<string, unknown> = {}): void {
  const scope = requestScope.getStore();
  if (scope) requestFacts.set(scope, { code });
  res.setHeader('x-sql-statements', String(requestScope.getStore()?.statements ?? 0));
  res
    .status(status)
    .type('application/json')
    .send(JSON.stringify({ errors: [{ message, extensions: { code, ...extra } }] }));
}

const tooLarge = (res: express.Response) =>
  refusal(
    res,
    413,
    ErrorCode.PAYLOAD_TOO_LARGE,
    `请求体过大，上限为 ${settings.requestMaxBytes} 字节 (request body larger than ${settings.requestMaxBytes} bytes)`,
  );

/**
 * A body whose declared length is over the limit is refused before a byte of it is read (body-parser
 * answers only after receiving all of it); Node then discards the rest as it arrives.
 */
const refuseLargeBody: express.RequestHandler = (req, res, next) => {
  if (Number(req.headers['content-length']) > settings.requestMaxBytes) return tooLarge(res);
  next();
};

/** What body-parser reports, as GraphQL errors: its default answer is an HTML page. */
const bodyErrors: express.ErrorRequestHandler = (error: { type?: string; status?: number }, _req, res, next) => {
  if (res.headersSent) return next(error);
  if (error.type === 'entity.too.large') return tooLarge(res);
  if (error.type === 'entity.parse.failed')
    return refusal(res, 400, 'BAD_REQUEST', '请求体不是有效的 JSON (the request body is not valid JSON)');
  if (error.status && error.status >= 400 && error.status < 500)
    return refusal(res, error.status, 'BAD_REQUEST', '请求无法读取 (the request could not be read)');
  next(error);
};

/**
 * A POST whose body express.json did not read (not JSON): the integration would answer 500 in plain
 * text. Then the document's cheap checks (core/limits.ts, syntaxRefusal), before Apollo validates it.
 */
const screenRequest: express.RequestHandler = (req, res, next) => {
  if (req.method === 'POST' && req.body === undefined)
    return refusal(
      res,
      415,
      'BAD_REQUEST',
      '请求体须为 JSON，Content-Type: application/json (the body must be JSON, sent as application/json)',
    );
  const query = req.method === 'POST' ? (req.body as { query?: unknown } | null)?.query : req.query.query;
  const refused = typeof query === 'string' ? syntaxRefusal(query) : null;
  if (refused) {
    const { http: httpInfo, code, ...extra } = refused.extensions as { http?: { status: number }; code: string } & Record<string, unknown>;
    return refusal(res, httpInfo?.status ?? 400, code, refused.message, extra);
  }
  next();
};

/** Client-facing errors keep their code and message; anything unexpected becomes a generic message with the request id. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? '');
  const { stacktrace: _s, exception: _e, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
  const tokens = code === 'GRAPHQL_PARSE_FAILED' && /more tha[nt] (\d+) tokens/.exec(formatted.message);
  if (tokens) {
    return {
      message: `查询文档过大，超过 ${tokens[1]} 个词法单元 (document longer than ${tokens[1]} tokens; parsing stopped)`,
      extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, maxTokens: Number(tokens[1]) },
    };
  }
  if (KNOWN_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) return explainInputError({ ...formatted, extensions });
  if (/^Too many errors processing variables/.test(formatted.message)) return explainInputError({ ...formatted, extensions });
  const original = (error as GraphQLError)?.originalError ?? error;
  if (isConnectionLost(original)) {
    // Reads were already tried again on a fresh connection (core/db.ts); a write is the client's to repeat.
    const unavailable = serviceUnavailable();
    return {
      message: unavailable.message,
      path: formatted.path,
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryAfterSeconds: RETRY_AFTER_SECONDS },
    };
  }
  const name = (original as Error)?.constructor?.name ?? '';
  if (name === 'UniqueConstraintViolationException') {
    return {
      message: '与已有记录重复 (conflicts with an existing record)',
      path: formatted.path,
      extensions: { code: ErrorCode.CONFLICT, rule: 'UNIQUE' },
    };
  }
  if (name === 'ForeignKeyConstraintViolationException') {
    return {
      message: '引用的记录不存在或仍被使用 (a referenced record is missing or still in use)',
      path: formatted.path,
      extensions: { code: ErrorCode.CONFLICT, rule: 'REFERENCE' },
    };
  }
  // Coercion errors of our scalars (Money, LocalDate…) are user input problems.
  if (original instanceof TypeError && /must be/.test(original.message)) {
    return { message: original.message, path: formatted.path, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  const requestId = requestScope.getStore()?.requestId;
  // Driver errors carry the statement and the failing row (ID numbers, names): only their kind is logged.
  const [summary, ...where] = describeForLog(original).split('\n');
  logger().error({ requestId, where: where.join('\n') }, `internal error: ${summary}`);
  return {
    message: `服务器内部错误，请联系管理员 (internal error; request ${requestId ?? 'unknown'})`,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId },
  };
}

function bearer(req: express.Request): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || null;
  return (req.cookies?.[SESSION_COOKIE] as string | undefined) || null;
}

/**
 * Mutations read and write on the primary; once one has run, its caller's reads stay on the primary
 * for DATABASE_READ_YOUR_WRITES_SECONDS, in every process (core/replicas.ts). The replicas' pools
 * close with the server.
 */
const replicaRouting: ApolloServerPlugin<RequestContext> = {
  async serverWillStart() {
    return { serverWillStop: stopReadReplicas };
  },
  async requestDidStart() {
    if (!readReplicas()) return;
    return {
      async didResolveOperation({ operation }) {
        const scope = requestScope.getStore();
        if (scope && operation?.operation !== 'query') scope.readReplica = false;
      },
      async willSendResponse({ operation, contextValue }) {
        if (operation?.operation === 'mutation' && contextValue.actor) await noteWrite(contextValue.actor.id);
      },
    };
  },
};

const statementHeader: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue, operationName, request, document }) {
        // A lost database connection is the server's moment, not the request's fault: 503 and when to come back.
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        if (errors?.some((e) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) {
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        }
        const scope = requestScope.getStore();
        if (scope) response.http.headers.set('x-sql-statements', String(scope.statements));
        response.http.headers.set('x-request-id', contextValue.requestId);
        if (scope) {
          const actor = contextValue.actor;
          requestFacts.set(scope, {
            // A document that failed validation has no resolved operation; its name is still in the document.
            operation:
              operationName ??
              (document ? getOperationAST(document, request.operationName)?.name?.value : undefined) ??
              request.operationName ??
              null,
            code: errors?.length ? String(errors[0].extensions?.code ?? 'INTERNAL_SERVER_ERROR') : 'OK',
            ...(actor?.kind === 'apiKey' ? { keyId: actor.id } : actor ? { userId: actor.id } : {}),
          });
        }
      },
    };
  },
};

export interface RunningApp {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<RequestContext>;
  /** Stops the HTTP server gracefully; `apollo.stop()` runs it too. */
  drain: HttpDrain;
}

/** Ready to serve: not stopping, the database answers, and Redis when one is configured. */
async function readiness(drain: HttpDrain, orm: MikroORM): Promise<{ ready: boolean; checks: Record<string, string> }> {
  if (drain.draining) return { ready: false, checks: { server: 'stopping' } };
  const checks: Record<string, string> = {};
  const within = <T>(work: Promise<T>) =>
    Promise.race([work, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 5000).unref())]);
  try {
    await within(orm.em.getConnection().execute('select 1'));
    checks.database = 'ok';
  } catch {
    checks.database = 'unavailable';
  }
  const redis = redisClient();
  if (redis) {
    try {
      await within(redis.ping());
      checks.redis = 'ok';
    } catch {
      checks.redis = 'unavailable';
    }
  }
  return { ready: Object.values(checks).every((c) => c === 'ok'), checks };
}

export async function createApp(orm: MikroORM, extraPlugins: ApolloServerPlugin<RequestContext>[] = []): Promise<RunningApp> {
  const app = express();
  app.disable('x-powered-by');
  // Express would hash every GraphQL answer for an ETag; they are per caller and per moment, never
  // revalidated. Static files (the console) keep theirs: serve-static sets its own.
  app.set('etag', false);
  // Only the configured proxies' X-Forwarded-For names the client: anyone else could rotate the
  // address per request and escape the per-address rate limit.
  app.set('trust proxy', settings.trustedProxies.length ? settings.trustedProxies : false);
  const trustedPeer = app.get('trust proxy fn') as (address: string, hop: number) => boolean;
  const httpServer = http.createServer(app);
  const drain = httpDrain(httpServer);
  const schema = await createSchema();
  resetRateLimiter();
  resetRollupCaches();
  watchDatabase(orm);
  await startReadReplicas(orm);
  const apollo = new ApolloServer<RequestContext>({
    ...(settings.graphqlExecutor === 'jit' ? { gateway: jitExecutorGateway(schema) } : { schema }),
    formatError,
    includeStacktraceInErrorResponses: false,
    // Introspection stays on in production too, but core/limits.ts refuses it to callers who are not signed in.
    introspection: true,
    hideSchemaDetailsFromClientErrors: true,
    // The console authenticates with a SameSite=strict cookie, which already stops cross-site
    // requests; plain GET queries stay usable as the GraphQL-over-HTTP spec allows.
    csrfPrevention: false,
    // No HTTP cache hints are used; the default cache-control plugin would wrap every field resolver.
    plugins: [
      drain.plugin(() => settings.shutdownGraceSeconds * 1000),
      ApolloServerPluginCacheControlDisabled(),
      statementHeader,
      requestLimitsPlugin(),
      trustedDocumentsPlugin(),
      replicaRouting,
      ...extraPlugins,
    ],
    // main.ts stops the process; Apollo's own handler re-sent the signal, which main.ts took for a
    // second one and exited 1 with every request in flight lost.
    stopOnTerminationSignals: false,
    // Past this many tokens parsing stops, before any validation is spent on the document.
    parseOptions: { maxTokens: settings.queryMaxTokens },
  });
  await apollo.start();

  app.use((req, res, next) => {
    const incoming = req.headers['x-request-id'];
    const passedOn = typeof incoming === 'string' && REQUEST_ID.test(incoming) && trustedPeer(req.socket.remoteAddress ?? '', 0);
    const scope: RequestScope = { requestId: passedOn ? incoming : randomUUID(), statements: 0 };
    res.setHeader('x-request-id', scope.requestId);
    if (req.path === '/graphql') {
      // One log line and one sample per GraphQL request, also for those refused before GraphQL ran.
      const begun = performance.now();
      const done = (finished: boolean) => {
        const facts = requestFacts.get(scope) ?? { code: finished ? `HTTP_${res.statusCode}` : 'CLIENT_CLOSED' };
        const seconds = (performance.now() - begun) / 1000;
        // Refused before GraphQL read the document (too large, not JSON): no operation to name.
        const operation = 'operation' in facts ? operationLabel(facts.operation) : 'none';
        recordRequest({ operation, code: facts.code, seconds, statements: scope.statements, sqlSeconds: (scope.sqlMs ?? 0) / 1000 });
        const level =
          facts.code === ErrorCode.INTERNAL_SERVER_ERROR ? 'error' : facts.code === ErrorCode.SERVICE_UNAVAILABLE ? 'warn' : 'info';
        logger()[level](
          {
            requestId: scope.requestId,
            userId: facts.userId,
            keyId: facts.keyId,
            operation,
            code: facts.code,
            status: res.statusCode,
            ms: Math.round(seconds * 10000) / 10,
            sqlStatements: scope.statements,
          },
          'graphql request',
        );
      };
      res.once('finish', () => done(true));
      res.once('close', () => {
        if (!res.writableFinished) done(false);
      });
    }
    // Server-Timing: the server's own time until the answer's head, apart from the network and the
    // client (how the limits are shown to refuse a huge request cheaply, and for operators' tools).
    const started = performance.now();
    const writeHead = res.writeHead;
    res.writeHead = function (this: typeof res, ...args: Parameters<typeof writeHead>) {
      if (!this.headersSent) this.setHeader('server-timing', `total;dur=${(performance.now() - started).toFixed(1)}`);
      return writeHead.apply(this, args);
    } as typeof writeHead;
    requestScope.run(scope, () => next());
  });
  app.get('/metrics', metricsHandler());
  app.get('/healthz', (req, res) => {
    // Process memory is for monitoring agents and the benchmark on this machine, not for callers through a proxy.
    const local = ['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(req.socket.remoteAddress ?? '') && !req.headers['x-forwarded-for'];
    if (!local || req.query.memory === undefined) return void res.json({ ok: true });
    // `gc` exists only when the process runs with --expose-gc (the benchmark starts it so).
    if (req.query.gc !== undefined) (globalThis as { gc?: () => void }).gc?.();
    const { heapUsed, rss } = process.memoryUsage();
    res.json({ ok: true, memory: { heapUsed, rss } });
  });
  // For load balancers and orchestrators: 503 from the moment the process is told to stop, or while
  // the database (or the configured Redis) does not answer. /healthz says only that the process lives.
  app.get('/readyz', async (_req, res) => {
    const { ready, checks } = await readiness(drain, orm);
    if (drain.draining) res.setHeader('connection', 'close');
    res.status(ready ? 200 : 503).json({ ready, checks });
  });

  const graphiql = path.join(projectRoot, 'admin', 'dist', 'graphiql', 'index.html');
  const serveIde = (req: express.Request, res: express.Response, next: express.NextFunction) => {
    const wantsHtml = req.method === 'GET' && !req.query.query && (req.headers.accept ?? '').includes('text/html');
    if (!wantsHtml) return next();
    if (fs.existsSync(graphiql)) return res.sendFile(graphiql);
    res.status(404).type('text/plain').send('GraphiQL is not built yet: run `npm run build:admin`.');
  };
  app.get('/graphiql', (req, res, next) => serveIde(req, res, next));

  app.use(
    '/graphql',
    cookieParser(),
    refuseLargeBody,
    express.json({ limit: settings.requestMaxBytes }),
    bodyErrors,
    trustedDocumentLookup(orm),
    screenRequest,
    serveIde,
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<RequestContext> => {
        const em = orm.em.fork() as SqlEntityManager;
        const scope = requestScope.getStore();
        const token = bearer(req);
        let auth: Awaited<ReturnType<typeof authenticate>> | null;
        try {
          auth = token ? await authenticate(em, token, req.ip ?? '') : null;
        } catch (error) {
          // Apollo answers a failed context with HTTP 500; a lost connection is a 503 with Retry-After.
          throw isConnectionLost(error) ? serviceUnavailable() : error;
        }
        // Read-your-writes: someone who has just written reads from the primary for a while.
        if (scope && readReplicas()) scope.readReplica = !(auth?.actor && (await wroteRecently(auth.actor.id)));
        return {
          em,
          actor: auth?.actor ?? null,
          credentialId: auth?.credentialId ?? null,
          loaders: new Loaders(),
          requestId: scope?.requestId ?? randomUUID(),
          ip: req.ip ?? '',
          userAgent: String(req.headers['user-agent'] ?? ''),
          setCookie: (name, value, options) => res.cookie(name, value, options),
          clearCookie: (name) => res.clearCookie(name, { path: '/' }),
        };
      },
    }),
  );

  const adminDist = path.join(projectRoot, 'admin', 'dist');
  app.use('/admin', express.static(adminDist, { index: false, maxAge: '1h' }));
  app.get(/^\/admin(\/.*)?$/, (_req, res) => {
    const index = path.join(adminDist, 'index.html');
    if (fs.existsSync(index)) res.sendFile(index);
    else res.status(404).type('text/plain').send('The console is not built yet: run `npm run build:admin`.');
  });
  app.get('/', (_req, res) => res.redirect('/admin/'));
  return { app, httpServer, apollo, drain };
}

export function listen(httpServer: http.Server, port: number, host?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => {
      const address = httpServer.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

export { settings };
