import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../../core/access';
import { apiKeyPermissions } from './identity.access';
import { CrudResolver } from '../../core/crud';
import { apiKeyResource } from './identity.resource';
import { clock } from '../../core/clock';
import type { RequestContext } from '../../core/context';
import { loadById } from '../../core/read';
import type { Awaitable } from '../../core/read';
import { Region } from '../region/region.entity';
import { ApiKey } from './identity.entity';
import { CreateApiKeyInput } from './identity.inputs';
import { grantableDomains, issueApiKey, revokeApiKey, rotateApiKey } from './identity.apikeys';
import { keyRequestsToday } from '../../core/rate-limit';

@ObjectType({ description: '已签发的接口密钥 A newly issued API key: `key` is shown this once and never again.' })
class IssuedApiKeyResult {
  @Field(() => String, { description: '密钥 (the key; send as `Authorization: Bearer <key>`; store it now, it cannot be shown again)' })
  key: string;
  @Field(() => ApiKey, { description: '密钥设置 (the key’s scopes, jurisdiction, expiry and rate limit)' }) apiKey: ApiKey;
}

@Resolver(() => ApiKey)
export class ApiKeyResolver extends CrudResolver(apiKeyResource, { archivable: false }) {
  @Allow(apiKeyPermissions.create)
  @Mutation(() => IssuedApiKeyResult, {
    name: 'issueApiKey',
    description:
      '签发接口密钥 Issue an API key to a third-party app (security administrators). The key is returned once; only its hash is stored.',
  })
  issueApiKey(
    @Arg('input', () => CreateApiKeyInput, { description: 'Scopes, jurisdiction, expiry and rate limit.' }) input: CreateApiKeyInput,
    @Ctx() ctx: RequestContext,
  ) {
    return issueApiKey(ctx, input);
  }

  @Allow(apiKeyPermissions.update)
  @Mutation(() => ApiKey, { description: '吊销接口密钥 Revoke an API key; it stops working at once.' })
  revokeApiKey(@Arg('id', () => ID, { description: 'API key id.' }) id: string, @Ctx() ctx: RequestContext) {
    return revokeApiKey(ctx, id);
  }

  @Allow(apiKeyPermissions.create)
  @Query(() => [String], {
    description: '可授权范围 The scopes a key may be given (business domains; administration domains are never granted).',
  })
  apiKeyScopes(): string[] {
    return grantableDomains();
  }

  @Allow(apiKeyPermissions.update)
  @Mutation(() => IssuedApiKeyResult, {
    description:
      '轮换接口密钥 Give an API key a new secret, returned once; the old secret stops working at once. Scopes, jurisdiction, expiry and rate limit stay.',
  })
  rotateApiKey(@Arg('id', () => ID, { description: 'API key id.' }) id: string, @Ctx() ctx: RequestContext) {
    return rotateApiKey(ctx, id);
  }

  @FieldResolver(() => Int, {
    description:
      '今日请求数 (requests made with the key today, Beijing time; counted per process, or across processes when Redis is configured)',
  })
  async requestsToday(@Root() key: ApiKey): Promise<number> {
    return (await keyRequestsToday([key.id]))[0];
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
