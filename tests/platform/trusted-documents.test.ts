jest.setTimeout(120_000);

import { createHash } from 'node:crypto';
import { startTestServer, ok, expectError } from '../support/server';
import type { GraphQLResponse, TestServer } from '../support/server';
import { clock } from '../../server/src/core/clock';
import { adminLogin, auditRows, HUINING } from '../identity/helpers';

/*
 * Trusted documents as an integrator and a security administrator use them: the app hands over its
 * operations (its persisted-query manifest), the administrator registers them and marks the key; the
 * key then runs those, by text or by hash only, and nothing else.
 */

const POSTS = 'query CountyPosts($first: Int!) { welfarePosts(first: $first) { totalCount nodes { id title } } }';
const OTHER = '{ welfarePosts(first: 1) { nodes { id duties } } }';
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('trusted documents for an API key', () => {
  let s: TestServer;
  let security: string;
  let key: string;
  let keyId: string;

  /** A POST as an Apollo client with persisted queries sends it. */
  async function post(body: object, token: string): Promise<{ status: number; json: GraphQLResponse }> {
    const res = await fetch(s.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    return { status: res.status, json: (await res.json()) as GraphQLResponse };
  }

  beforeAll(async () => {
    s = await startTestServer();
    ({ token: security } = await adminLogin(s, 'demo.security', 'Demo#2025'));
    const expiresAt = new Date(clock.now().getTime() + 30 * 24 * 3600_000).toISOString();
    const issued = ok(
      await s.gql(
        `mutation($input: CreateApiKeyInput!) { issueApiKey(input: $input) { key apiKey { id trustedDocumentsOnly } } }`,
        { input: { name: '岗位看板', scopes: ['welfare'], regionCode: HUINING, expiresAt } },
        security,
      ),
    ).issueApiKey;
    expect(issued.apiKey.trustedDocumentsOnly).toBe(false);
    key = issued.key;
    keyId = issued.apiKey.id;
  });
  afterAll(() => s?.close());

  test('registration validates each document against the schema, naming the one that fails', async () => {
    const e = expectError(
      await s.gql(
        'mutation($id: ID!, $docs: [String!]!) { registerTrustedDocuments(apiKeyId: $id, documents: $docs) { id } }',
        { id: keyId, docs: [POSTS, '{ welfarePosts { nosuchfield } }', '{ broken'] },
        security,
      ),
      'BAD_USER_INPUT',
    );
    const text = JSON.stringify(e.extensions);
    expect(text).toContain('documents.1');
    expect(text).toContain('documents.2');
    expect(ok(await s.gql('query($id: ID!) { trustedDocuments(apiKeyId: $id) { id } }', { id: keyId }, security)).trustedDocuments).toEqual(
      [],
    );
  });

  test('a county officer cannot register documents', async () => {
    const county = await s.login('demo.county');
    expectError(
      await s.gql(
        'mutation($id: ID!) { registerTrustedDocuments(apiKeyId: $id, documents: ["{ __typename }"]) { id } }',
        { id: keyId },
        county,
      ),
      'FORBIDDEN',
    );
  });

  test('a marked key runs its registered operation by text or by hash, and is refused anything else', async () => {
    const registered = ok(
      await s.gql(
        'mutation($id: ID!, $docs: [String!]!) { registerTrustedDocuments(apiKeyId: $id, documents: $docs) { sha256Hash operationName } }',
        { id: keyId, docs: [POSTS, POSTS] },
        security,
      ),
    ).registerTrustedDocuments;
    expect(registered[0]).toEqual({ sha256Hash: sha(POSTS), operationName: 'CountyPosts' });
    // before the switch the key runs anything its scopes allow
    expect((await post({ query: OTHER }, key)).json.errors).toBeUndefined();
    expect(
      ok(
        await s.gql(
          'mutation($id: ID!) { setApiKeyTrustedDocumentsOnly(apiKeyId: $id, required: true) { trustedDocumentsOnly } }',
          { id: keyId },
          security,
        ),
      ).setApiKeyTrustedDocumentsOnly.trustedDocumentsOnly,
    ).toBe(true);

    const byText = await post({ query: POSTS, variables: { first: 2 } }, key);
    expect(byText.json.errors).toBeUndefined();
    expect(byText.json.data.welfarePosts.nodes).toHaveLength(2);
    const byHash = await post({ variables: { first: 3 }, extensions: { persistedQuery: { version: 1, sha256Hash: sha(POSTS) } } }, key);
    expect(byHash.json.errors).toBeUndefined();
    expect(byHash.json.data.welfarePosts.nodes).toHaveLength(3);

    const refused = await post({ query: OTHER }, key);
    expect(refused.status).toBe(403);
    expect(refused.json.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      rule: 'TRUSTED_DOCUMENT_REQUIRED',
      sha256Hash: sha(OTHER),
    });
    expect(refused.json.errors?.[0].message).toMatch(/[\u4e00-\u9fff]/);
    expect(refused.json.data).toBeUndefined();
    const unknown = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: sha('{ nothing }') } } }, key);
    expect(unknown.json.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    const audits = await auditRows(s, { entity: 'ApiKey', entityId: keyId });
    expect(audits.map((a) => a.action)).toEqual(
      expect.arrayContaining(['trusted_document:register', 'update', 'trusted_document:refused']),
    );
    expect(audits.filter((a) => a.action === 'trusted_document:register')).toHaveLength(1);
    const [doc] = ok(
      await s.gql('query($id: ID!) { trustedDocuments(apiKeyId: $id) { id lastUsedAt } }', { id: keyId }, security),
    ).trustedDocuments;
    expect(doc.lastUsedAt).not.toBeNull();
  });

  test('a removed document is refused at once', async () => {
    const [doc] = ok(await s.gql('query($id: ID!) { trustedDocuments(apiKeyId: $id) { id } }', { id: keyId }, security)).trustedDocuments;
    expect(ok(await s.gql('mutation($id: ID!) { removeTrustedDocument(id: $id) }', { id: doc.id }, security)).removeTrustedDocument).toBe(
      true,
    );
    const refused = await post({ query: POSTS, variables: { first: 1 } }, key);
    expect(refused.json.errors?.[0].extensions?.rule).toBe('TRUSTED_DOCUMENT_REQUIRED');
  });
});
