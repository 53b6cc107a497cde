import { Migration } from '@mikro-orm/migrations';

/** A workflow step taken by a higher level under WORKFLOW_DELEGATION records the level it acted for. */
export class Migration20261206025118_workflow_acted_for extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "workflow_step" add column "acted_for" varchar(16) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "workflow_step" drop column "acted_for";`);
  }
}
