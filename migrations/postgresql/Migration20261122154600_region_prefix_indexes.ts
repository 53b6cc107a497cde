import { Migration } from '@mikro-orm/migrations';

/**
 * Region codes are matched by prefix (`LIKE '6204%'`) for jurisdiction and `within` filters.
 * PostgreSQL only uses a B-tree for that with the pattern operator class under a non-C collation.
 */
export class Migration20261122154600_region_prefix_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql('create index if not exists region_code_pattern_index on "region" ("code" text_pattern_ops);');
    this.addSql('create index if not exists person_village_code_pattern_index on "person" ("village_code" text_pattern_ops);');
    this.addSql('create index if not exists organization_region_code_pattern_index on "organization" ("region_code" text_pattern_ops);');
    this.addSql('create index if not exists app_user_region_code_pattern_index on "app_user" ("region_code" text_pattern_ops);');
  }

  override async down(): Promise<void> {
    for (const name of ['region_code_pattern_index', 'person_village_code_pattern_index', 'organization_region_code_pattern_index', 'app_user_region_code_pattern_index']) {
      this.addSql(`drop index if exists "${name}";`);
    }
  }
}
