import { v7 as uuidv7 } from 'uuid';
import { encryptField, lookupHash, maskPhone } from '../../server/src/core/crypto';
import { chineseName } from '../factories';
import { copyInto } from './bulk';
import type { ScaleGenerator } from './context';

const VILLAGE_TYPES = ['KEY_VILLAGE', 'POVERTY_EXITED_VILLAGE', 'RELOCATION_SITE', 'OTHER'];

/**
 * Resident work teams over the villages in scope, ACTIVE in their two-year term, each with one
 * first secretary and two to four members on duty (3–5 in all); every cadre is on one team only.
 */
export const workTeamGenerator: ScaleGenerator = {
  name: 'work teams and members',
  tables: ['work_team', 'team_member'],
  async run(ctx) {
    const organizations = ctx.produced.organizations ?? [];
    if (!organizations.length) throw new Error('work-team scale data needs organizations first');
    const year = ctx.now.getUTCFullYear();
    const villages = [...ctx.villagesByCounty.values()].flat();
    const total = Math.min(ctx.sizes.teams, villages.length);
    const step = villages.length / total;
    const teamBar = ctx.bar('work teams', total);
    const teams: unknown[][] = [];
    const members: unknown[][] = [];
    for (let i = 0; i < total; i++) {
      const village = villages[Math.floor(i * step)];
      const teamId = uuidv7();
      const org = organizations[i % organizations.length];
      teams.push([
        teamId,
        ...ctx.stamp(),
        1,
        village,
        village.slice(0, 6),
        org,
        VILLAGE_TYPES[i % VILLAGE_TYPES.length],
        `${year - 1}-09-01`,
        `${year + 1}-08-31`,
        'ACTIVE',
      ]);
      const size = 3 + (i % 3);
      for (let m = 0; m < size; m++) {
        const male = ctx.rand() < 0.7;
        const name = chineseName(ctx.rand, male);
        const phone = `139${String(i * 8 + m).padStart(8, '0')}`;
        members.push([
          uuidv7(),
          ...ctx.stamp(),
          1,
          teamId,
          village,
          name,
          male ? 'MALE' : 'FEMALE',
          org,
          m === 0 ? '第一书记' : '队员',
          m === 0 ? 'FIRST_SECRETARY' : 'MEMBER',
          m === 0 || ctx.rand() < 0.8,
          encryptField(phone),
          maskPhone(phone),
          lookupHash(`${name}|${phone}`),
          `${year - 1}-09-01`,
          'ON_DUTY',
        ]);
      }
    }
    await copyInto(
      ctx.pool,
      'work_team',
      [
        'id',
        'created_at',
        'updated_at',
        'version',
        'village_code',
        'county_code',
        'dispatching_organization_id',
        'village_type',
        'term_start',
        'term_end',
        'status',
      ],
      teams,
      (n) => teamBar.increment(n),
    );
    teamBar.done();
    const memberBar = ctx.bar('team members', members.length);
    await copyInto(
      ctx.pool,
      'team_member',
      [
        'id',
        'created_at',
        'updated_at',
        'version',
        'team_id',
        'village_code',
        'name',
        'gender',
        'organization_id',
        'post',
        'role',
        'party_member',
        'phone_encrypted',
        'phone_masked',
        'identity_hash',
        'start_date',
        'status',
      ],
      members,
      (n) => memberBar.increment(n),
    );
    memberBar.done();
    ctx.rows.work_team = total;
    ctx.rows.team_member = members.length;
  },
};
