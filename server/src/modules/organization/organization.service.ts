import type { SqlEntityManager } from '@mikro-orm/knex';
import { CrudService, assignDefined } from '../../core/crud';
import { Problems, conflict } from '../../core/errors';
import { checkCreditCode } from '../../core/identifiers';
import { requireRegion } from '../region/region.service';
import { Organization } from './organization.entity';
import type { CreateOrganizationInput, UpdateOrganizationInput } from './organization.inputs';

async function normaliseCreditCode(
  em: SqlEntityManager,
  problems: Problems,
  raw: string | null | undefined,
  selfId?: string,
): Promise<string | null | undefined> {
  if (raw === undefined) return undefined;
  if (raw === null || raw.trim() === '') return null;
  const checked = checkCreditCode(raw);
  if (!checked.ok) {
    problems.add('creditCode', checked.rule, checked.message);
    return undefined;
  }
  const other = await em.findOne(Organization, { creditCode: checked.value });
  if (other && other.id !== selfId)
    throw conflict(
      'UNIQUE_CREDIT_CODE',
      `统一社会信用代码 ${checked.value} 已被单位「${other.name}」使用 (credit code already registered)`,
      { field: 'creditCode' },
    );
  return checked.value;
}

export const organizationService = new CrudService<Organization, CreateOrganizationInput, UpdateOrganizationInput>(Organization, {
  async build(_ctx, em, input) {
    const problems = new Problems();
    const creditCode = await normaliseCreditCode(em, problems, input.creditCode);
    if (!input.name?.trim()) problems.add('name', 'required', '单位名称不能为空 (name is required)');
    problems.throwIfAny();
    await requireRegion(em, 'regionCode', input.regionCode);
    const org = new Organization();
    assignDefined(org, { ...input, name: input.name.trim(), creditCode: creditCode ?? null });
    return org;
  },
  async apply(_ctx, em, org, input) {
    const problems = new Problems();
    const creditCode = await normaliseCreditCode(em, problems, input.creditCode, org.id);
    problems.throwIfAny();
    if (input.regionCode) await requireRegion(em, 'regionCode', input.regionCode);
    assignDefined(org, { ...input, creditCode });
  },
});
