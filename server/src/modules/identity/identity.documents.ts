import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type express from 'express';
import { GraphQLError, parse, validate } from 'graphql';
import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { requirePermission } from '../../core/access';
import { apiKeyPermissions } from './identity.access';
import { audit } from '../../core/audit';
import { clock } from '../../core/clock';
import type { RequestContext } from '../../core/context';
import { inTransaction, loadForWrite } from '../../core/crud';
import { ErrorCode, Problems } from '../../core/errors';
import { ApiKey, TrustedDocument } from './identity.entity';

/*
 * Trusted documents (persisted operations) for API keys. A security administrator registers the
 * operations an app was written to run (its persisted-query manifest) and may mark the key
 * `trustedDocumentsOnly`; such a key then runs only those. An app sends either the document or only
 * its hash, as Apollo's persisted queries do:
 *   { "extensions": { "persistedQuery": { "version": 1, "sha256Hash": "<hex>" } }, "variables": … }
 * Registration, the switch and every refusal are audited; each document's last use is kept.
 */

export function documentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Registers documents for a key (idempotent by hash); each is parsed and validated against the schema first. */
export async function registerTrustedDocuments(
  ctx: RequestContext,
  schema: GraphQLSchema,
  apiKeyId: string,
  documents: string[],
): Promise<TrustedDocument[]> {
  requirePermission(ctx.actor, apiKeyPermissions.update);
  const problems = new Problems();
  if (!documents.length) problems.add('documents', 'required', '请至少登记一个查询 (documents must hold at least one operation)');
  const parsed: { text: string; node: DocumentNode }[] = [];
  documents.forEach((text, i) => {
    try {
      const node = parse(text);
      const errors = validate(schema, node);
      if (errors.length)
        problems.add(
          `documents.${i}`,
          'valid',
          `查询不符合当前接口：${errors[0].message} (the document does not validate against the schema)`,
        );
      else parsed.push({ text, node });
    } catch (error) {
      problems.add(`documents.${i}`, 'syntax', `查询语法错误：${(error as Error).message} (the document does not parse)`);
    }
  });
  problems.throwIfAny();
  return inTransaction(ctx, async (em) => {
    await loadForWrite(ctx, em, ApiKey, apiKeyId);
    const out: TrustedDocument[] = [];
    for (const { text, node } of parsed) {
      const sha256Hash = documentHash(text);
      const existing = await em.findOne(TrustedDocument, { apiKeyId, sha256Hash });
      if (existing) {
        out.push(existing);
        continue;
      }
      const doc = new TrustedDocument();
      doc.apiKeyId = apiKeyId;
      doc.sha256Hash = sha256Hash;
      doc.document = text;
      doc.operationName = node.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')?.name?.value ?? null;
      em.persist(doc);
      audit(em, ctx, {
        entity: 'ApiKey',
        entityId: apiKeyId,
        action: 'trusted_document:register',
        detail: `${doc.operationName ?? '(anonymous)'} ${sha256Hash}`,
      });
      out.push(doc);
    }
    await em.flush();
    forgetKey(apiKeyId);
    return out;
  });
}

export async function removeTrustedDocument(ctx: RequestContext, id: string): Promise<boolean> {
  requirePermission(ctx.actor, apiKeyPermissions.update);
  return inTransaction(ctx, async (em) => {
    const doc = await em.findOne(TrustedDocument, { id });
    if (!doc) return false;
    await loadForWrite(ctx, em, ApiKey, doc.apiKeyId);
    em.remove(doc);
    audit(em, ctx, {
      entity: 'ApiKey',
      entityId: doc.apiKeyId,
      action: 'trusted_document:remove',
      detail: `${doc.operationName ?? '(anonymous)'} ${doc.sha256Hash}`,
    });
    await em.flush();
    forgetKey(doc.apiKeyId);
    return true;
  });
}

export async function setTrustedDocumentsOnly(ctx: RequestContext, apiKeyId: string, required: boolean): Promise<ApiKey> {
  requirePermission(ctx.actor, apiKeyPermissions.update);
  return inTransaction(ctx, async (em) => {
    const key = await loadForWrite(ctx, em, ApiKey, apiKeyId);
    if (key.trustedDocumentsOnly === required) return key;
    key.trustedDocumentsOnly = required;
    audit(em, ctx, { entity: 'ApiKey', entityId: apiKeyId, action: 'update', changes: { trustedDocumentsOnly: [!required, required] } });
    await em.flush();
    return key;
  });
}

export async function listTrustedDocuments(ctx: RequestContext, apiKeyId: string): Promise<TrustedDocument[]> {
  requirePermission(ctx.actor, apiKeyPermissions.read);
  await loadForWrite(ctx, ctx.em, ApiKey, apiKeyId);
  return ctx.em.find(TrustedDocument, { apiKeyId }, { orderBy: { createdAt: 'asc' } });
}

/** Each key's registered hashes, read at most every 30 s per process; registration here drops the entry at once. */
const CACHE_MS = 30_000;
const hashesByKey = new Map<string, { at: number; hashes: Set<string> }>();
function forgetKey(apiKeyId: string): void {
  hashesByKey.delete(apiKeyId);
}

async function registeredHashes(em: SqlEntityManager, apiKeyId: string): Promise<Set<string>> {
  const cached = hashesByKey.get(apiKeyId);
  if (cached && Date.now() - cached.at < CACHE_MS) return cached.hashes;
  const rows = await em.find(TrustedDocument, { apiKeyId }, { fields: ['sha256Hash'] });
  const hashes = new Set(rows.map((r) => r.sha256Hash));
  hashesByKey.set(apiKeyId, { at: Date.now(), hashes });
  return hashes;
}

const lastTouched = new Map<string, number>();

/**
 * Express middleware before Apollo: a request that sends only `extensions.persistedQuery.sha256Hash`
 * gets the registered document's text, so Apollo runs it as if it had been sent (an unknown hash is
 * left to Apollo, which answers PERSISTED_QUERY_NOT_FOUND).
 */
export function trustedDocumentLookup(orm: MikroORM): express.RequestHandler {
  return (req, _res, next) => {
    const body = req.body as { query?: unknown; extensions?: { persistedQuery?: { sha256Hash?: unknown } } } | undefined;
    const hash = body?.extensions?.persistedQuery?.sha256Hash;
    if (req.method !== 'POST' || !body || body.query !== undefined || typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash))
      return next();
    (orm.em.fork() as SqlEntityManager)
      .findOne(TrustedDocument, { sha256Hash: hash }, { fields: ['document'] })
      .then((doc) => {
        if (doc) body.query = doc.document;
        next();
      })
      .catch(next);
  };
}

/**
 * Refuses any operation not registered for a trusted-documents key, before it runs. The hash is
 * Apollo's own (SHA-256 of the text), the same one a client sends.
 */
export function trustedDocumentsPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue: ctx, queryHash, operationName }) {
          const actor = ctx.actor;
          if (actor?.kind !== 'apiKey' || !actor.trustedDocumentsOnly) return;
          const registered = await registeredHashes(ctx.em, actor.id);
          if (!registered.has(queryHash)) {
            const em = ctx.em.fork();
            audit(em, ctx, {
              entity: 'ApiKey',
              entityId: actor.id,
              action: 'trusted_document:refused',
              detail: `${operationName ?? '(anonymous)'} ${queryHash}`,
            });
            await em.flush();
            throw new GraphQLError(
              '该接口密钥只能执行已登记的查询 (this API key may run only its registered operations: register this one first)',
              {
                extensions: { code: ErrorCode.FORBIDDEN, rule: 'TRUSTED_DOCUMENT_REQUIRED', sha256Hash: queryHash, http: { status: 403 } },
              },
            );
          }
          const touchKey = `${actor.id}:${queryHash}`;
          const now = clock.now();
          if (now.getTime() - (lastTouched.get(touchKey) ?? 0) > 60_000) {
            lastTouched.set(touchKey, now.getTime());
            await ctx.em.nativeUpdate(TrustedDocument, { apiKeyId: actor.id, sha256Hash: queryHash }, { lastUsedAt: now });
          }
        },
      };
    },
  };
}
