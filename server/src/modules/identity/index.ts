import type { DomainModule } from '../types';
import { ApiKey, Session, User } from './identity.entity';
import { IdentityResolver } from './identity.resolver';
import { AuditLogResolver } from './audit.resolver';
import { ApiKeyResolver } from './apikey.resolver';
import './identity.apikeys';

export const identityModule: DomainModule = {
  name: 'identity',
  entities: [User, Session, ApiKey],
  resolvers: [IdentityResolver, AuditLogResolver, ApiKeyResolver],
  grants: {
    // 三员分立: each administrator role holds only its own duty and no business data.
    SECURITY_ADMIN: ['user.read', 'user.create', 'user.update', 'user.archive', 'apikey.read', 'apikey.create', 'apikey.update'],
    AUDIT_ADMIN: ['audit.read'],
  },
};
