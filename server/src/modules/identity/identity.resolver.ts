import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allow, Public } from '../../core/access';
import { userPermissions } from './identity.access';
import { CrudResolver } from '../../core/crud';
import { userResource } from './identity.resource';
import type { RequestContext } from '../../core/context';
import { loadById } from '../../core/read';
import type { Awaitable } from '../../core/read';
import { settings } from '../../config';
import { Region } from '../region/region.entity';
import { Organization } from '../organization/organization.entity';
import { User } from './identity.entity';
import {
  SESSION_COOKIE,
  confirmTotp,
  enrolTotp,
  login,
  logout,
  requireText,
  requiresSecondFactor,
  resetPassword,
  resetSecondFactor,
  userService,
} from './identity.service';
import { CreateUserInput, UpdateUserInput } from './identity.inputs';
import { permissionsFor } from './identity.roles';

@ObjectType({ description: '登录结果 A new session.' })
class LoginResult {
  @Field(() => String, { description: 'Session token: send as `Authorization: Bearer <token>` (also set as an httpOnly cookie).' })
  token: string;
  @Field(() => User, { description: 'The signed-in user.' }) user: User;
  @Field(() => Boolean, {
    description: '须绑定动态口令 (true for an administrator without a second factor: this session may only call enrolTotp and confirmTotp)',
  })
  secondFactorEnrolmentRequired: boolean;
}

@ObjectType({ description: '动态口令绑定 A new TOTP secret to add to an authenticator app; confirm it with confirmTotp.' })
class TotpEnrolmentResult {
  @Field(() => String, { description: '密钥 (base32 secret, shown once)' }) secret: string;
  @Field(() => String, { description: '二维码内容 (otpauth:// URI for a QR code)' }) uri: string;
}

@Resolver(() => User)
export class IdentityResolver extends CrudResolver(userResource, {
  service: userService,
  createInput: CreateUserInput,
  updateInput: UpdateUserInput,
}) {
  @Public()
  @Mutation(() => LoginResult, {
    description: '登录 Sign in with username and password (and TOTP code when the account has a second factor).',
  })
  async login(
    @Arg('username', () => String, { description: '用户名' }) username: string,
    @Arg('password', () => String, { description: '密码' }) password: string,
    @Arg('totp', () => String, { nullable: true, description: '动态口令 (6-digit TOTP code, for accounts with a second factor)' })
    totp: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<LoginResult> {
    const result = await login(ctx, requireText('username', username), password ?? '', totp);
    ctx.setCookie?.(SESSION_COOKIE, result.token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: settings.production && process.env.COOKIE_SECURE !== 'false',
      path: '/',
    });
    return result;
  }

  @Public()
  @Mutation(() => Boolean, { description: '退出 End the current session.' })
  async logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    ctx.clearCookie?.(SESSION_COOKIE);
    return logout(ctx);
  }

  @Public()
  @Query(() => User, { nullable: true, description: '当前用户 The signed-in user, or null.' })
  async me(@Ctx() ctx: RequestContext): Promise<User | null> {
    if (!ctx.actor || ctx.actor.kind !== 'user') return null;
    return ctx.em.findOne(User, { id: ctx.actor.id });
  }

  @FieldResolver(() => [String], { description: '权限 (permissions the roles grant, `domain.verb`)' })
  permissions(@Root() user: User): string[] {
    return [...permissionsFor(user.roles)].sort();
  }

  @FieldResolver(() => Region, { nullable: true, description: '管辖区划 (jurisdiction; null = whole country)' })
  region(@Root() user: User, @Ctx() ctx: RequestContext): Awaitable<Region | null> {
    return loadById(ctx, Region, user.regionCode);
  }

  @FieldResolver(() => String, { nullable: true, description: '管辖区划代码 (jurisdiction code)' })
  regionCode(@Root() user: User): string | null {
    return user.regionCode ?? null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: '所属单位 (organization)' })
  organization(@Root() user: User, @Ctx() ctx: RequestContext): Awaitable<Organization | null> {
    return loadById(ctx, Organization, user.organizationId);
  }

  @Allow(userPermissions.update)
  @Mutation(() => User, {
    description:
      '重置密码 Set a new password for a user (security administrators): the password policy applies, the lockout is cleared and all the user’s sessions end.',
  })
  resetPassword(
    @Arg('id', () => ID, { description: 'User id.' }) id: string,
    @Arg('password', () => String, { description: '新密码 (new password)' }) password: string,
    @Ctx() ctx: RequestContext,
  ): Promise<User> {
    return resetPassword(ctx, id, password);
  }

  @Allow(userPermissions.update)
  @Mutation(() => User, {
    description:
      '重置动态口令 Remove a user’s second factor (lost phone); the user enrols a new one at the next sign-in. Ends the user’s sessions.',
  })
  resetSecondFactor(@Arg('id', () => ID, { description: 'User id.' }) id: string, @Ctx() ctx: RequestContext): Promise<User> {
    return resetSecondFactor(ctx, id);
  }

  @Authorized()
  @Mutation(() => TotpEnrolmentResult, {
    description: '绑定动态口令 Start enrolling a TOTP second factor for yourself: returns the secret once; confirm with confirmTotp.',
  })
  enrolTotp(@Ctx() ctx: RequestContext): Promise<TotpEnrolmentResult> {
    return enrolTotp(ctx);
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description: '确认动态口令 Confirm the enrolment with the current 6-digit code; from then on sign-in needs a code.',
  })
  confirmTotp(
    @Arg('code', () => String, { description: '动态口令 (6-digit code)' }) code: string,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    return confirmTotp(ctx, code);
  }

  @FieldResolver(() => Boolean, { description: '已绑定动态口令 (has a TOTP second factor)' })
  secondFactorEnrolled(@Root() user: User): boolean {
    return !!user.totpSecret;
  }

  @FieldResolver(() => Boolean, {
    description:
      '须绑定动态口令 (an administrator role without a second factor while one is required: the account can only enrol one until it does)',
  })
  secondFactorEnrolmentRequired(@Root() user: User): boolean {
    return !user.totpSecret && requiresSecondFactor(user.roles);
  }
}
