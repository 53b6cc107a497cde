import { Migration } from '@mikro-orm/migrations';

/* Pairings filter by end date (which pairings end when); like every offered filter it is indexed. */
export class Migration20261206044500_pairing_end_date_index extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "pairing_end_date_index" on "pairing" ("end_date");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "pairing_end_date_index";`);
  }

}
