import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { Allow } from '../../core/access';
import { CrudResolver, CrudService } from '../../core/crud';
import { clock } from '../../core/clock';
import type { RequestContext } from '../../core/context';
import { loadById } from '../../core/read';
import type { Awaitable } from '../../core/read';
import { Region } from '../region/region.entity';
import { ApiKey } from './identity.entity';
import { ApiKeyFilter, ApiKeySortField, CreateApiKeyInput } from './identity.inputs';
import { issueApiKey, revokeApiKey } from './identity.apikeys';

@ObjectType({ description: '已签发的接口密钥 A newly issued API key: `key` is shown this once and never again.' })
class IssuedApiKeyResult {
  @Field(() => String, { description: '密钥 (the key; send as `Authorization: Bearer <key>`; store it now, it cannot be shown again)' }) key: string;
  @Field(() => ApiKey, { description: '密钥设置 (the key’s scopes, jurisdiction, expiry and rate limit)' }) apiKey: ApiKey;
}

@Resolver(() => ApiKey)
export class ApiKeyResolver extends CrudResolver<ApiKey>({
  name: 'ApiKey',
  plural: 'apiKeys',
  objectType: ApiKey,
  entity: ApiKey,
  domain: 'apikey',
  filter: ApiKeyFilter,
  sortFields: ApiKeySortField,
  service: new CrudService<ApiKey>(ApiKey),
  archivable: false,
  description: 'API key (接口密钥)',
}) {
  @Allow('apikey.create')
  @Mutation(() => IssuedApiKeyResult, { name: 'issueApiKey', description: '签发接口密钥 Issue an API key to a third-party app (security administrators). The key is returned once; only its hash is stored.' })
  issueApiKey(@Arg('input', () => CreateApiKeyInput, { description: 'Scopes, jurisdiction, expiry and rate limit.' }) input: CreateApiKeyInput, @Ctx() ctx: RequestContext) {
    return issueApiKey(ctx, input);
  }

  @Allow('apikey.update')
  @Mutation(() => ApiKey, { description: '吊销接口密钥 Revoke an API key; it stops working at once.' })
  revokeApiKey(@Arg('id', () => ID, { description: 'API key id.' }) id: string, @Ctx() ctx: RequestContext) {
    return revokeApiKey(ctx, id);
  }

  @FieldResolver(() => Region, { nullable: true, description: '管辖区划 (jurisdiction; null = whole country)' })
  region(@Root() key: ApiKey, @Ctx() ctx: RequestContext): Awaitable<Region | null> {
    return loadById(ctx, Region, key.regionCode);
  }

  @FieldResolver(() => Boolean, { description: '有效 (neither revoked nor expired)' })
  valid(@Root() key: ApiKey): boolean {
    return !key.revokedAt && new Date(key.expiresAt).getTime() > clock.now().getTime();
  }
}
