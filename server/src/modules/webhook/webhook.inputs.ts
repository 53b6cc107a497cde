import { ArrayMaxSize, IsOptional, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: '新建事件推送订阅 A new webhook subscription for an API key.' })
export class CreateWebhookSubscriptionInput {
  @Field(() => ID, { nullable: true, description: '接口密钥 (the key that owns it; an app calling with its own key omits it)' })
  @IsOptional()
  apiKeyId?: string | null;

  @Field(() => String, { description: '推送地址 (target URL, http or https; redirects are not followed)' })
  @Length(8, 500)
  url: string;

  @Field(() => [String], { description: '事件类型 (e.g. ["JobPlacement.transitioned", "WelfarePost.*"]; webhookEventTypes lists them)' })
  @ArrayMaxSize(200)
  eventTypes: string[];

  @Field(() => String, { nullable: true, description: '区划代码筛选 (only records in this region; within the key’s jurisdiction)' })
  @IsOptional()
  regionCode?: string | null;
}
