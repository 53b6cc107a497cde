import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CrudResolver } from '../../core/crud';
import { organizationResource } from './organization.resource';
import { loadById } from '../../core/read';
import type { Awaitable } from '../../core/read';
import type { RequestContext } from '../../core/context';
import { Region } from '../region/region.entity';
import { Organization } from './organization.entity';
import { CreateOrganizationInput, UpdateOrganizationInput } from './organization.inputs';
import { organizationService } from './organization.service';

@Resolver(() => Organization)
export class OrganizationResolver extends CrudResolver(organizationResource, {
  service: organizationService,
  createInput: CreateOrganizationInput,
  updateInput: UpdateOrganizationInput,
}) {
  @FieldResolver(() => Region, { description: '所在区划 (region where it is registered)' })
  region(@Root() org: Organization, @Ctx() ctx: RequestContext): Awaitable<Region | null> {
    return loadById(ctx, Region, org.regionCode);
  }
}
