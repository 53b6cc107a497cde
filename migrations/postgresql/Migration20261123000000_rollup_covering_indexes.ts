import { Migration } from '@mikro-orm/migrations';

/*
 * By hand: the welfare rollup of a province reads every placement and post of it (about 150,000
 * placements per province on the national profile). By the region index alone each one is a heap
 * fetch from pages spread over the whole table, about 400 ms. These partial indexes hold every
 * column the rollup reads, so PostgreSQL answers it from the index (an index-only scan).
 */
export class Migration20261123000000_rollup_covering_indexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index if not exists "job_placement_rollup_index" on "job_placement" ("region_code" text_pattern_ops) include ("status", "priority_category", "post_id", "start_date", "exit_date") where "archived_at" is null;`);
    this.addSql(`create index if not exists "welfare_post_rollup_index" on "welfare_post" ("region_code" text_pattern_ops) include ("id", "status", "term_start", "term_end", "headcount") where "archived_at" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists "job_placement_rollup_index";');
    this.addSql('drop index if exists "welfare_post_rollup_index";');
  }

}
