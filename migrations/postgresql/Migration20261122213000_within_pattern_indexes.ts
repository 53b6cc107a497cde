import { Migration } from '@mikro-orm/migrations';

/*
 * By hand: `within` filters on region-code columns other than a table's jurisdiction column (a
 * post's village, a team's, project's or product's county) match by prefix too, and need the
 * pattern operator class under a non-C collation. Found when tests/platform/indexes.test.ts began
 * checking `within` on every region-code filter; on the national profile the post list filtered by
 * village scanned all 500,000 posts.
 */
const PREFIX_COLUMNS: [table: string, column: string][] = [
  ['welfare_post', 'village_code'], ['work_team', 'county_code'], ['cooperation_project', 'county_code'], ['assistance_product', 'county_code'],
];

export class Migration20261122213000_within_pattern_indexes extends Migration {

  override async up(): Promise<void> {
    for (const [table, column] of PREFIX_COLUMNS) {
      this.addSql(`create index if not exists "${table}_${column}_pattern_index" on "${table}" ("${column}" text_pattern_ops);`);
    }
  }

  override async down(): Promise<void> {
    for (const [table, column] of PREFIX_COLUMNS) this.addSql(`drop index if exists "${table}_${column}_pattern_index";`);
  }

}
