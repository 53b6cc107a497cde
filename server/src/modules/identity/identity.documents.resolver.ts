import { Arg, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Allow } from '../../core/access';
import { apiKeyPermissions } from './identity.access';
import type { RequestContext } from '../../core/context';
import { ApiKey, TrustedDocument } from './identity.entity';
import { listTrustedDocuments, registerTrustedDocuments, removeTrustedDocument, setTrustedDocumentsOnly } from './identity.documents';

/** Trusted documents of API keys, managed by security administrators (see identity.documents.ts). */
@Resolver(() => TrustedDocument)
export class TrustedDocumentResolver {
  @Allow(apiKeyPermissions.read)
  @Query(() => [TrustedDocument], { description: '登记的查询 The operations registered for an API key (its trusted documents).' })
  trustedDocuments(@Arg('apiKeyId', () => ID, { description: 'API key id.' }) apiKeyId: string, @Ctx() ctx: RequestContext) {
    return listTrustedDocuments(ctx, apiKeyId);
  }

  @Allow(apiKeyPermissions.update)
  @Mutation(() => [TrustedDocument], {
    description:
      '登记查询 Register operations for an API key (an app’s persisted-query manifest); each is validated against the schema; registering one again changes nothing.',
  })
  registerTrustedDocuments(
    @Arg('apiKeyId', () => ID, { description: 'API key id.' }) apiKeyId: string,
    @Arg('documents', () => [String], { description: 'GraphQL documents, one operation each, exactly as the app sends them.' })
    documents: string[],
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return registerTrustedDocuments(ctx, info.schema, apiKeyId, documents);
  }

  @Allow(apiKeyPermissions.update)
  @Mutation(() => Boolean, { description: '删除登记的查询 Remove a registered operation; a trusted-documents key can no longer run it.' })
  removeTrustedDocument(@Arg('id', () => ID, { description: 'Trusted document id.' }) id: string, @Ctx() ctx: RequestContext) {
    return removeTrustedDocument(ctx, id);
  }

  @Allow(apiKeyPermissions.update)
  @Mutation(() => ApiKey, {
    description: '仅限登记的查询 Require (or stop requiring) that an API key runs only its registered operations.',
  })
  setApiKeyTrustedDocumentsOnly(
    @Arg('apiKeyId', () => ID, { description: 'API key id.' }) apiKeyId: string,
    @Arg('required', () => Boolean, { description: 'true: only registered operations; false: any operation its scopes allow.' })
    required: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    return setTrustedDocumentsOnly(ctx, apiKeyId, required);
  }
}
