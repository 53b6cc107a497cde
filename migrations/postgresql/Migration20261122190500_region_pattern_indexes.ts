import { Migration } from '@mikro-orm/migrations';

/*
 * By hand: jurisdiction scoping, `within` filters and rollups match region codes by prefix
 * (LIKE '620422%'). Under a non-C collation PostgreSQL serves that from a B-tree only with the
 * pattern operator class; these tables lacked one (tests/platform/indexes.test.ts now checks).
 */
const PREFIX_COLUMNS: [table: string, column: string][] = [
  ['welfare_post', 'region_code'], ['job_placement', 'region_code'], ['subsidy_payment', 'region_code'],
  ['key_county', 'county_code'], ['county_evaluation', 'county_code'], ['fund_allocation', 'county_code'],
  ['work_team', 'village_code'], ['team_member', 'village_code'], ['training', 'region_code'],
  ['training_attendance', 'village_code'], ['member_assessment', 'village_code'], ['api_key', 'region_code'],
];

export class Migration20261122190500_region_pattern_indexes extends Migration {

  override async up(): Promise<void> {
    for (const [table, column] of PREFIX_COLUMNS) {
      this.addSql(`create index if not exists "${table}_${column}_pattern_index" on "${table}" ("${column}" text_pattern_ops);`);
    }
  }

  override async down(): Promise<void> {
    for (const [table, column] of PREFIX_COLUMNS) this.addSql(`drop index if exists "${table}_${column}_pattern_index";`);
  }

}
