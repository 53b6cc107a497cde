import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Allow } from '../../core/access';
import { personPermissions } from './person.access';
import { CrudResolver } from '../../core/crud';
import { personResource } from './person.resource';
import { loadById } from '../../core/read';
import type { Awaitable } from '../../core/read';
import { clock } from '../../core/clock';
import { ageOn } from '../../core/identifiers';
import type { RequestContext } from '../../core/context';
import { Region } from '../region/region.entity';
import { Person } from './person.entity';
import { CreatePersonInput, UpdatePersonInput } from './person.inputs';
import { RevealedPerson } from './person.outputs';
import { personService, revealPerson } from './person.service';

@Resolver(() => Person)
export class PersonResolver extends CrudResolver(personResource, {
  service: personService,
  createInput: CreatePersonInput,
  updateInput: UpdatePersonInput,
}) {
  @FieldResolver(() => String, {
    description: '公民身份号码 (citizen ID number, masked such as 6204**********1234; revealPerson shows it to holders of person.reveal)',
  })
  idNumber(@Root() person: Person): string {
    return person.idNumberMasked;
  }

  @FieldResolver(() => String, { nullable: true, description: '联系电话 (phone, masked such as 138****5678)' })
  phone(@Root() person: Person): string | null {
    return person.phoneMasked ?? null;
  }

  @FieldResolver(() => Int, { description: '年龄 (age in whole years today)' })
  age(@Root() person: Person): number {
    return ageOn(person.birthDate, clock.today());
  }

  @FieldResolver(() => Region, { nullable: true, description: '户籍所在村 (home village)' })
  village(@Root() person: Person, @Ctx() ctx: RequestContext): Awaitable<Region | null> {
    return loadById(ctx, Region, person.villageCode);
  }

  @Allow(personPermissions.reveal)
  @Mutation(() => RevealedPerson, {
    description: '查看敏感信息 Reveal a person’s ID number and phone in clear; needs person.reveal and a reason, and is audited.',
  })
  revealPerson(
    @Arg('id', () => ID, { description: 'Person id.' }) id: string,
    @Arg('reason', () => String, { description: '理由 (why you need it; recorded in the audit log)' }) reason: string,
    @Ctx() ctx: RequestContext,
  ): Promise<RevealedPerson> {
    return revealPerson(ctx, id, reason);
  }
}
