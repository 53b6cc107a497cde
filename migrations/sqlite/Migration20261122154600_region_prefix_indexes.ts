import { Migration } from '@mikro-orm/migrations';

/** PostgreSQL gets pattern indexes for region-code prefixes; SQLite's ordinary indexes already serve it here. */
export class Migration20261122154600_region_prefix_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql('select 1;');
  }
}
