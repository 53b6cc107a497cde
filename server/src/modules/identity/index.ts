import type { DomainModule } from '../types';
import { identityGrants } from './identity.access';
import { ApiKey, Session, TrustedDocument, User } from './identity.entity';
import { TrustedDocumentResolver } from './identity.documents.resolver';
import { IdentityResolver } from './identity.resolver';
import { AuditLogResolver } from './identity.audit.resolver';
import { ApiKeyResolver } from './identity.apikeys.resolver';
import './identity.apikeys';

export const identityModule: DomainModule = {
  name: 'identity',
  entities: [User, Session, ApiKey, TrustedDocument],
  resolvers: [IdentityResolver, AuditLogResolver, ApiKeyResolver, TrustedDocumentResolver],
  grants: identityGrants,
};
