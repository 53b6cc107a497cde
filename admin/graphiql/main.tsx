/**
 * The GraphQL IDE served at /graphiql: bundled GraphiQL, no CDN, no web fonts. Same origin as the
 * API, so the console's session cookie is sent; an API key can be given as an Authorization header
 * in the Headers tab instead.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/style.css';
import './overrides.css';

const fetcher = createGraphiQLFetcher({
  url: `${window.location.origin}/graphql`,
  fetch: (input: RequestInfo | URL, init?: RequestInit) => fetch(input, { ...init, credentials: 'same-origin' }),
});

const defaultQuery = `# 乡村振兴帮扶管理 GraphQL 接口
# 登录后可在此调试查询（查看字段说明请点击左侧文档图标）。
# Sign in to the console first (or add an "Authorization: Bearer <key>" header).
query Me {
  me { id username displayName roles regionCode }
}
`;

createRoot(document.getElementById('graphiql')!).render(<GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} />);
