import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { ArchiveScope, BooleanFilter, DateTimeFilter, IdFilter, RegionCodeFilter, StringFilter } from '../../core/filters';
import { PartialInput } from '../../core/input-types';
import { Role } from './identity.roles';

export enum UserSortField {
  createdAt = 'createdAt',
  updatedAt = 'updatedAt',
  username = 'username',
  displayName = 'displayName',
}

@InputType({ description: '用户筛选 Conditions on user accounts.' })
export class UserFilter {
  @Field(() => IdFilter, { nullable: true, description: 'Id.' }) id?: IdFilter;
  @Field(() => StringFilter, { nullable: true, description: '用户名 (username)' }) username?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: '姓名 (display name)' }) displayName?: StringFilter;
  @Field(() => Role, { nullable: true, description: '角色 (has this role)' }) role?: Role;
  @Field(() => RegionCodeFilter, { nullable: true, description: '管辖区划 (jurisdiction region)' }) region?: RegionCodeFilter;
  @Field(() => BooleanFilter, { nullable: true, description: '已停用 (disabled)' }) disabled?: BooleanFilter;
  @Field(() => DateTimeFilter, { nullable: true, description: '更新时间 (updated at)' }) updatedAt?: DateTimeFilter;
  @Field(() => ArchiveScope, { nullable: true, description: '归档范围 (archived accounts: hidden by default)' }) archived?: ArchiveScope;
  @Field(() => [UserFilter], { nullable: true, description: 'All of these.' }) and?: UserFilter[];
  @Field(() => [UserFilter], { nullable: true, description: 'Any of these.' }) or?: UserFilter[];
}

@InputType({ description: '新建用户 A new user account (created by a security administrator).' })
export class CreateUserInput {
  @Field(() => String, { description: '用户名 (username: 3–64 letters, digits, dot, dash or underscore)' })
  @Matches(/^[A-Za-z0-9._-]{3,64}$/, { message: '用户名须为3–64位字母、数字、点、横线或下划线 (username: 3–64 of A-Z a-z 0-9 . _ -)' })
  username: string;

  @Field(() => String, { description: '姓名 (display name)' })
  @Length(1, 64)
  displayName: string;

  @Field(() => String, { description: '初始密码 (initial password; at least 8 characters with three of upper, lower, digit, symbol)' })
  @MaxLength(128)
  password: string;

  @Field(() => [Role], { description: '角色 (roles; an administrator role (三员) cannot be combined with any other role)' })
  @ArrayMinSize(1)
  @ArrayMaxSize(9)
  roles: Role[];

  @Field(() => String, { nullable: true, description: '管辖区划代码 (jurisdiction region code; null = whole country)' })
  @IsOptional()
  regionCode?: string | null;

  @Field(() => ID, { nullable: true, description: '所属单位 (organization id)' })
  @IsOptional()
  organizationId?: string | null;
}

@InputType({
  description: '修改用户 Changes to a user account; omitted fields keep their value. Disabling ends the account’s sessions at once.',
})
export class UpdateUserInput extends PartialInput(CreateUserInput, { omit: ['username', 'password'] }) {
  @Field(() => Boolean, { nullable: true, description: '停用 (disable the account; its sessions and API use end at once)' })
  disabled?: boolean;
}

export enum AuditLogSortField {
  at = 'at',
}

@InputType({ description: '审计日志筛选 Conditions on audit log entries.' })
export class AuditLogFilter {
  @Field(() => IdFilter, { nullable: true, description: '操作人 (actor id: user or API key)' }) actor?: IdFilter;
  @Field(() => StringFilter, { nullable: true, description: '操作人姓名 (actor name, e.g. contains a username)' }) actorName?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: '对象类型 (entity type, e.g. Person)' }) entity?: StringFilter;
  @Field(() => IdFilter, { nullable: true, description: '对象 id (record id)' }) entityId?: IdFilter;
  @Field(() => StringFilter, { nullable: true, description: '动作 (action, e.g. reveal, update, transition:APPROVE)' })
  action?: StringFilter;
  @Field(() => DateTimeFilter, { nullable: true, description: '时间 (time range)' }) at?: DateTimeFilter;
  @Field(() => StringFilter, { nullable: true, description: '请求号 (request id)' }) requestId?: StringFilter;
  @Field(() => [AuditLogFilter], { nullable: true, description: 'All of these.' }) and?: AuditLogFilter[];
  @Field(() => [AuditLogFilter], { nullable: true, description: 'Any of these.' }) or?: AuditLogFilter[];
}

export enum ApiKeySortField {
  createdAt = 'createdAt',
  name = 'name',
  expiresAt = 'expiresAt',
  updatedAt = 'updatedAt',
}

@InputType({ description: '接口密钥筛选 Conditions on API keys.' })
export class ApiKeyFilter {
  @Field(() => IdFilter, { nullable: true, description: 'Id.' }) id?: IdFilter;
  @Field(() => StringFilter, { nullable: true, description: '名称 (name)' }) name?: StringFilter;
  @Field(() => RegionCodeFilter, { nullable: true, description: '管辖区划 (jurisdiction)' }) region?: RegionCodeFilter;
  @Field(() => DateTimeFilter, { nullable: true, description: '到期时间 (expires at)' }) expiresAt?: DateTimeFilter;
  @Field(() => DateTimeFilter, { nullable: true, description: '吊销时间 (revoked at; isNull: true for keys still valid)' })
  revokedAt?: DateTimeFilter;
  @Field(() => DateTimeFilter, { nullable: true, description: '更新时间 (updated at: issue, rotation, revocation)' })
  updatedAt?: DateTimeFilter;
  @Field(() => ArchiveScope, { nullable: true, description: '归档范围 (archived keys: hidden by default)' }) archived?: ArchiveScope;
  @Field(() => [ApiKeyFilter], { nullable: true, description: 'All of these.' }) and?: ApiKeyFilter[];
  @Field(() => [ApiKeyFilter], { nullable: true, description: 'Any of these.' }) or?: ApiKeyFilter[];
}

@InputType({ description: '签发接口密钥 A new API key for a third-party app.' })
export class CreateApiKeyInput {
  @Field(() => String, { description: '名称 (name of the app or integration)' })
  @Length(2, 100)
  name: string;

  @Field(() => [String], { description: '授权范围 (domains, e.g. ["consumption"]; administration domains cannot be granted)' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  scopes: string[];

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: '可写 (may also create and update in its domains; default read only)',
  })
  canWrite?: boolean;

  @Field(() => String, { nullable: true, description: '管辖区划代码 (jurisdiction region code; null = whole country)' })
  @IsOptional()
  regionCode?: string | null;

  @Field(() => ID, { nullable: true, description: '所属单位 (organization of the app)' })
  @IsOptional()
  organizationId?: string | null;

  @Field(() => Date, { description: '到期时间 (expiry; at most one year ahead)' })
  expiresAt: Date;

  @Field(() => Int, { nullable: true, description: '速率限制 (requests per minute; default RATE_LIMIT_PER_MINUTE)' })
  @IsOptional()
  @Min(1)
  @Max(100000)
  rateLimitPerMinute?: number | null;
}
