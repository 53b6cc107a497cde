import { Migration } from '@mikro-orm/migrations';

/*
 * Written by hand. Objections gain the status CLOSED (the record left publicity before the objection
 * was decided: another one was upheld, or the record was rejected or withdrawn).
 */
export class Migration20261206041000_objection_closed extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "objection" drop constraint if exists "objection_status_check";`);
    this.addSql(`alter table "objection" add constraint "objection_status_check" check ("status" in ('OPEN', 'UPHELD', 'DISMISSED', 'CLOSED'));`);
  }

}
