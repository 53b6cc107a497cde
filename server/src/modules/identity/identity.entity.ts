import { DateTimeType, Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { newId, Record } from '../../core/entity';
import { clock } from '../../core/clock';
import { Region } from '../region/region.entity';
import { Organization } from '../organization/organization.entity';

@ObjectType({ description: '用户 A person who signs in to the console or API, with roles and a jurisdiction.' })
@Entity({ tableName: 'app_user' })
export class User extends Record<'disabled' | 'failedLogins' | 'roles'> {
  @Field(() => String, { description: '用户名 (username, unique)' })
  @Property({ type: 'string', length: 64, unique: true })
  username: string;

  @Field(() => String, { description: '姓名 (display name)' })
  @Property({ type: 'string', length: 64, index: true })
  displayName: string;

  @Property({ type: 'string', length: 255, hidden: true })
  passwordHash: string;

  @Field(() => [String], { description: '角色 (roles, e.g. COUNTY_OFFICER)' })
  @Property({ type: 'json' })
  roles: string[] = [];

  /** Jurisdiction: null means the whole country. */
  @ManyToOne(() => Region, { mapToPk: true, nullable: true, index: true, fieldName: 'region_code' })
  regionCode?: string | null;

  @ManyToOne(() => Organization, { mapToPk: true, nullable: true, fieldName: 'organization_id' })
  organizationId?: string | null;

  @Field(() => Boolean, { description: '已停用 (disabled accounts cannot sign in and their sessions end at once)' })
  @Property({ type: 'boolean', default: false, index: true })
  disabled: boolean = false;

  @Property({ type: 'integer', default: 0, hidden: true })
  failedLogins: number = 0;

  @Field(() => Date, { nullable: true, description: '锁定至 (locked after repeated failed logins until this time)' })
  @Property({ type: DateTimeType, nullable: true })
  lockedUntil?: Date | null;

  /** Second factor (TOTP) secret, encrypted with the data key; null until enrolment is confirmed. */
  @Property({ type: 'text', nullable: true, hidden: true })
  totpSecret?: string | null;

  /** Time step of the last accepted code, so a code cannot be replayed. */
  @Property({ type: 'integer', nullable: true, hidden: true })
  totpLastStep?: number | null;

  /** A secret issued by `enrolTotp`, waiting for the first valid code. */
  @Property({ type: 'text', nullable: true, hidden: true })
  totpPendingSecret?: string | null;

  @Field(() => Date, { nullable: true, description: '最近登录 (last successful sign-in)' })
  @Property({ type: DateTimeType, nullable: true })
  lastLoginAt?: Date | null;
}

/** A signed-in session. Only a hash of the token is stored, so a database dump cannot be replayed. */
@Entity({ tableName: 'app_session' })
export class Session {
  @PrimaryKey({ type: 'string', length: 64 })
  tokenHash: string;

  @ManyToOne(() => User, { mapToPk: true, index: true, fieldName: 'user_id' })
  userId: string;

  @Property({ type: DateTimeType })
  createdAt: Date = clock.now();

  @Property({ type: DateTimeType })
  lastSeenAt: Date = clock.now();

  @Property({ type: DateTimeType, nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'string', length: 64, nullable: true })
  ip?: string | null;

  /** An administrator signed in without a second factor yet: the session may only enrol one (enrolTotp/confirmTotp). */
  @Property({ type: 'boolean', default: false })
  enrolmentOnly: boolean = false;
}

/**
 * An API key of a third-party app, issued by a security administrator. Only a hash of the key is
 * stored; the key itself is shown once. Scopes are domains (`consumption`, `person`, …), read-only
 * unless `canWrite`; `regionCode` is the key's jurisdiction like a user's.
 */
@ObjectType({
  description:
    '接口密钥 API key of a third-party app: scopes, jurisdiction, expiry and rate limit. The key itself is shown only once, when issued.',
})
@Entity({ tableName: 'api_key' })
export class ApiKey extends Record<'canWrite' | 'scopes'> {
  @Field(() => String, { description: '名称 (name of the app or integration)' })
  @Property({ type: 'string', length: 100, index: true })
  name: string;

  @Field(() => String, { description: '密钥前缀 (first characters of the key, to recognise it; the rest is never shown again)' })
  @Property({ type: 'string', length: 16 })
  prefix: string;

  @Property({ type: 'string', length: 64, unique: true, hidden: true })
  keyHash: string;

  @Field(() => [String], { description: '授权范围 (domains the key may read, e.g. consumption)' })
  @Property({ type: 'json' })
  scopes: string[] = [];

  @Field(() => Boolean, { description: '可写 (may also create/update in its domains; never reveals personal data)' })
  @Property({ type: 'boolean', default: false })
  canWrite: boolean = false;

  /** Jurisdiction: null means the whole country. */
  @ManyToOne(() => Region, { mapToPk: true, nullable: true, index: true, fieldName: 'region_code' })
  regionCode?: string | null;

  @ManyToOne(() => Organization, { mapToPk: true, nullable: true, fieldName: 'organization_id' })
  organizationId?: string | null;

  @Field(() => Date, { description: '到期时间 (expires at)' })
  @Property({ type: DateTimeType, index: true })
  expiresAt: Date;

  @Field(() => Int, { description: '速率限制 (requests per minute)' })
  @Property({ type: 'integer' })
  rateLimitPerMinute: number;

  @Field(() => Date, { nullable: true, description: '吊销时间 (revoked at; a revoked key stops working at once)' })
  @Property({ type: DateTimeType, nullable: true, index: true })
  revokedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: '最近使用 (last used, to the minute)' })
  @Property({ type: DateTimeType, nullable: true })
  lastUsedAt?: Date | null;

  @Field(() => Boolean, { description: '仅限登记的查询 (trusted documents: the key may run only operations registered for it)' })
  @Property({ type: 'boolean', default: false })
  trustedDocumentsOnly: boolean = false;

  @ManyToOne(() => User, { mapToPk: true, nullable: true, fieldName: 'created_by_id' })
  createdById?: string | null;
}

/**
 * An operation registered for an API key (a trusted document, as in Apollo's persisted-query
 * manifests). A key marked `trustedDocumentsOnly` may run only these: a leaked key cannot be used
 * to explore the API beyond what its app was written to do.
 */
@ObjectType({ description: '登记的查询 Trusted document: an operation registered for an API key, by its SHA-256 hash.' })
@Entity({ tableName: 'trusted_document' })
@Unique({ properties: ['apiKeyId', 'sha256Hash'] })
export class TrustedDocument {
  @Field(() => ID, { description: 'Document id.' })
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = newId();

  @Field(() => ID, { description: '接口密钥 (the key it is registered for)' })
  @ManyToOne(() => ApiKey, { mapToPk: true, index: true, fieldName: 'api_key_id' })
  apiKeyId: string;

  @Field(() => String, {
    description: 'SHA-256 (hex) of the document text: send it as `extensions.persistedQuery.sha256Hash` instead of the text',
  })
  @Property({ type: 'string', length: 64, index: true })
  sha256Hash: string;

  @Field(() => String, { nullable: true, description: '操作名 (operation name)' })
  @Property({ type: 'string', length: 200, nullable: true })
  operationName?: string | null;

  @Field(() => String, { description: '查询文本 (the document)' })
  @Property({ type: 'text' })
  document: string;

  @Field(() => Date, { description: '登记时间 (registered at)' })
  @Property({ type: DateTimeType })
  createdAt: Date = clock.now();

  @Field(() => Date, { nullable: true, description: '最近使用 (last run, to the minute)' })
  @Property({ type: DateTimeType, nullable: true })
  lastUsedAt?: Date | null;
}
