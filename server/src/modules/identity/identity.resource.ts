import { defineResource } from '../../core/resource';
import { ApiKey, Session, User } from './identity.entity';
import { ApiKeyFilter, ApiKeySortField, UserFilter, UserSortField } from './identity.inputs';

/**
 * The identity domain's resources: for each entity its GraphQL names, permission domain, jurisdiction,
 * columns of field resolvers, joins, filters and sorts, read by the CRUD resolver and the read path.
 */
export const userResource = defineResource({
  name: 'User',
  plural: 'users',
  description: 'user account (用户)',
  entity: User,
  domain: 'user',
  filter: UserFilter,
  sortFields: UserSortField,
  regionProperty: 'regionCode',
  hidden: ['passwordHash', 'totpSecret', 'totpPendingSecret', 'failedLogins'],
  defaultOrder: [{ field: 'username' }],
  customFilters: {
    // roles is a JSON array of names; a role name is matched with its quotes so SYSTEM_ADMIN never matches ADMIN.
    role: (qb, value, _ctx, alias) => {
      qb.whereRaw(`cast(?? as text) like ?`, [`${alias}.roles`, `%"${String(value).replace(/[^A-Z_]/g, '')}"%`]);
    },
  },
});

/** Sessions have no queries of their own (sign-in and sign-out manage them). */
defineResource({ name: 'Session', entity: Session, domain: 'user' });

export const apiKeyResource = defineResource({
  name: 'ApiKey',
  plural: 'apiKeys',
  description: 'API key (接口密钥)',
  entity: ApiKey,
  domain: 'apikey',
  filter: ApiKeyFilter,
  sortFields: ApiKeySortField,
  regionProperty: 'regionCode',
  hidden: ['keyHash'],
  defaultOrder: [{ field: 'createdAt', direction: 'DESC' }],
  // Counted in the rate limiter, not in a column.
  fieldColumns: { requestsToday: [] },
});
