import type { SqlEntityManager } from '@mikro-orm/knex';
import { CrudService, assignDefined, inTransaction, loadForWrite } from '../../core/crud';
import { Problems, conflict, invalid } from '../../core/errors';
import { checkIdNumber } from '../../core/identifiers';
import { decryptField, encryptField, lookupHash, maskIdNumber, maskPhone } from '../../core/crypto';
import { requirePermission } from '../../core/access';
import { personPermissions } from './person.access';
import { audit } from '../../core/audit';
import type { RequestContext } from '../../core/context';
import { requireRegion } from '../region/region.service';
import { RegionLevel } from '../region/region.entity';
import { Gender, HouseholdCategory, Person } from './person.entity';
import type { CreatePersonInput, UpdatePersonInput } from './person.inputs';
import type { RevealedPerson } from './person.outputs';

function setPhone(person: Person, phone: string | null | undefined): void {
  if (phone === undefined) return;
  person.phoneEncrypted = phone ? encryptField(phone) : null;
  person.phoneMasked = maskPhone(phone);
}

function checkMonitoring(problems: Problems, category: HouseholdCategory, monitoringType: unknown): void {
  if (category === HouseholdCategory.MONITORED && !monitoringType) {
    problems.add('monitoringType', 'requiredForMonitored', '监测户须填写监测类型 (monitored households need a monitoring type)');
  }
  if (category !== HouseholdCategory.MONITORED && monitoringType) {
    problems.add('monitoringType', 'onlyForMonitored', '只有监测户填写监测类型 (only monitored households have a monitoring type)');
  }
}

export const personService = new CrudService<Person, CreatePersonInput, UpdatePersonInput>(Person, {
  async build(_ctx, em, input) {
    const problems = new Problems();
    const id = checkIdNumber(input.idNumber ?? '');
    if (!id.ok) problems.add('idNumber', id.rule, id.message);
    const category = input.householdCategory ?? HouseholdCategory.ORDINARY;
    checkMonitoring(problems, category, input.monitoringType);
    problems.throwIfAny();
    if (!id.ok) throw new Error('unreachable');
    await requireRegion(em, 'villageCode', input.villageCode, [RegionLevel.VILLAGE]);
    const hash = lookupHash(id.value);
    if (await em.count(Person, { idNumberHash: hash })) {
      throw conflict('UNIQUE_ID_NUMBER', '该公民身份号码已登记 (a person with this ID number already exists)', { field: 'idNumber' });
    }
    const person = new Person();
    const { idNumber: _omit, phone, ...rest } = input;
    assignDefined(person, rest);
    person.name = input.name.trim();
    person.idNumberEncrypted = encryptField(id.value);
    person.idNumberHash = hash;
    person.idNumberMasked = maskIdNumber(id.value)!;
    person.gender = id.facts.gender as Gender;
    person.birthDate = id.facts.birthDate;
    setPhone(person, phone);
    return person;
  },
  async apply(_ctx, em, person, input) {
    const problems = new Problems();
    const category = input.householdCategory ?? person.householdCategory;
    checkMonitoring(problems, category, input.monitoringType === undefined ? person.monitoringType : input.monitoringType);
    problems.throwIfAny();
    if (input.villageCode) await requireRegion(em, 'villageCode', input.villageCode, [RegionLevel.VILLAGE]);
    const { phone, ...rest } = input;
    assignDefined(person, rest);
    setPhone(person, phone);
  },
});

/** Shows a person's ID number and phone in clear to holders of person.reveal, on the record with the reason. */
export async function revealPerson(ctx: RequestContext, id: string, reason: string): Promise<RevealedPerson> {
  requirePermission(ctx.actor, personPermissions.reveal);
  if (!reason || reason.trim().length < 4)
    throw invalid('reason', 'minLength', '查看敏感信息须说明理由（至少4个字）(state a reason of at least 4 characters)');
  return inTransaction(ctx, async (em: SqlEntityManager) => {
    const person = await loadForWrite(ctx, em, Person, id);
    audit(em, ctx, { entity: 'Person', entityId: id, action: 'reveal', detail: reason.trim() });
    await em.flush();
    return { id, idNumber: decryptField(person.idNumberEncrypted)!, phone: decryptField(person.phoneEncrypted) };
  });
}
