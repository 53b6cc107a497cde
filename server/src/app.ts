import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import express from 'express';
import cookieParser from 'cookie-parser';
import { ApolloServer } from '@apollo/server';
import type { ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { GraphQLError } from 'graphql';
import type { GraphQLFormattedError } from 'graphql';
import { projectRoot, settings } from './config';
import type { RequestContext } from './core/context';
import { Loaders } from './core/loaders';
import { requestScope } from './core/request-scope';
import type { RequestScope } from './core/request-scope';
import { ErrorCode } from './core/errors';
import { createSchema } from './schema';
import { jitExecutorGateway } from './core/executor';
import { requestLimitsPlugin } from './core/limits';
import { resetRateLimiter } from './core/rate-limit';
import { resetRollupCaches } from './core/rollup-cache';
import { authenticate, SESSION_COOKIE } from './modules/identity/identity.service';

const KNOWN_CODES = new Set<string>([...Object.values(ErrorCode), 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE']);

/** Client-facing errors keep their code and message; anything unexpected becomes a generic message with the request id. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? '');
  const { stacktrace: _s, exception: _e, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
  if (KNOWN_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) return { ...formatted, extensions };
  const original = (error as GraphQLError)?.originalError ?? error;
  const name = (original as Error)?.constructor?.name ?? '';
  if (name === 'UniqueConstraintViolationException') {
    return { message: '与已有记录重复 (conflicts with an existing record)', path: formatted.path, extensions: { code: ErrorCode.CONFLICT, rule: 'UNIQUE' } };
  }
  if (name === 'ForeignKeyConstraintViolationException') {
    return { message: '引用的记录不存在或仍被使用 (a referenced record is missing or still in use)', path: formatted.path, extensions: { code: ErrorCode.CONFLICT, rule: 'REFERENCE' } };
  }
  // Coercion errors of our scalars (Money, LocalDate…) are user input problems.
  if (original instanceof TypeError && /must be/.test(original.message)) {
    return { message: original.message, path: formatted.path, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  const requestId = requestScope.getStore()?.requestId;
  console.error(`[${requestId ?? '-'}] internal error:`, original);
  return { message: `服务器内部错误，请联系管理员 (internal error; request ${requestId ?? 'unknown'})`, path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId } };
}

function bearer(req: express.Request): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || null;
  return (req.cookies?.[SESSION_COOKIE] as string | undefined) || null;
}

const statementHeader: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        const scope = requestScope.getStore();
        if (scope) response.http.headers.set('x-sql-statements', String(scope.statements));
        response.http.headers.set('x-request-id', contextValue.requestId);
      },
    };
  },
};

export interface RunningApp {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<RequestContext>;
}

export async function createApp(orm: MikroORM, extraPlugins: ApolloServerPlugin<RequestContext>[] = []): Promise<RunningApp> {
  const app = express();
  app.disable('x-powered-by');
  // Express would hash every GraphQL answer for an ETag; they are per caller and per moment, never
  // revalidated. Static files (the console) keep theirs: serve-static sets its own.
  app.set('etag', false);
  app.set('trust proxy', 'loopback');
  const httpServer = http.createServer(app);
  const schema = await createSchema();
  resetRateLimiter();
  resetRollupCaches();
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
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginCacheControlDisabled(), statementHeader, requestLimitsPlugin(), ...extraPlugins],
  });
  await apollo.start();

  app.use((req, res, next) => {
    const scope: RequestScope = { requestId: (req.headers['x-request-id'] as string) || randomUUID(), statements: 0 };
    requestScope.run(scope, () => next());
  });
  app.get('/healthz', (req, res) => {
    // Process memory is for monitoring agents and the benchmark on this machine, not for callers through a proxy.
    const local = ['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(req.socket.remoteAddress ?? '') && !req.headers['x-forwarded-for'];
    if (!local || req.query.memory === undefined) return void res.json({ ok: true });
    // `gc` exists only when the process runs with --expose-gc (the benchmark starts it so).
    if (req.query.gc !== undefined) (globalThis as { gc?: () => void }).gc?.();
    const { heapUsed, rss } = process.memoryUsage();
    res.json({ ok: true, memory: { heapUsed, rss } });
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
    express.json({ limit: '2mb' }),
    serveIde,
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<RequestContext> => {
        const em = orm.em.fork() as SqlEntityManager;
        const scope = requestScope.getStore();
        const token = bearer(req);
        const auth = token ? await authenticate(em, token, req.ip ?? '') : null;
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
  return { app, httpServer, apollo };
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
