import { Migration } from '@mikro-orm/migrations';

/*
 * Written by hand (the generated diff also rebuilt tables other changes touch). Pairings: overlapping
 * periods are now refused by the service (a pairing may carry a future end while its successor is
 * already recorded), so the partial unique index of one ACTIVE pairing per side key goes. Subsidy
 * payments: the working days the post required that month (null = the calendar days).
 */
export class Migration20261206030119_pairing_periods_subsidy_working_days extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index if exists \`pairing_active_side_key_unique\`;`);
    this.addSql(`alter table \`subsidy_payment\` add column \`working_days\` integer null;`);
  }

}
