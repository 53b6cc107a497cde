import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CrudResolver } from '../../core/crud';
import { loadById } from '../../core/read';
import type { Awaitable } from '../../core/read';
import type { RequestContext } from '../../core/context';
import { Region } from '../region/region.entity';
import { Organization } from './organization.entity';
import { CreateOrganizationInput, OrganizationFilter, OrganizationSortField, UpdateOrganizationInput } from './organization.inputs';
import { organizationService } from './organization.service';

@Resolver(() => Organization)
export class OrganizationResolver extends CrudResolver<Organization, CreateOrganizationInput, UpdateOrganizationInput>({
  name: 'Organization',
  plural: 'organizations',
  objectType: Organization,
  entity: Organization,
  domain: 'organization',
  filter: OrganizationFilter,
  sortFields: OrganizationSortField,
  service: organizationService,
  createInput: CreateOrganizationInput,
  updateInput: UpdateOrganizationInput,
  description: 'organization (单位)',
}) {
  @FieldResolver(() => Region, { description: '所在区划 (region where it is registered)' })
  region(@Root() org: Organization, @Ctx() ctx: RequestContext): Awaitable<Region | null> {
    return loadById(ctx, Region, org.regionCode);
  }
}
