import { Migration } from '@mikro-orm/migrations';

export class Migration20261122153703_identity extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`app_user\` add column \`totp_pending_secret\` text null;`);
    this.addSql(`alter table \`app_user\` add column \`totp_last_step\` integer null;`);
    this.addSql(`alter table \`app_session\` add column \`enrolment_only\` integer not null default false;`);
    // The audit log is append-only: no update ever, no delete within the 180-day minimum retention.
    this.addSql(`create trigger \`audit_log_no_update\` before update on \`audit_log\` begin select raise(abort, 'audit_log is append-only'); end;`);
    this.addSql(`create trigger \`audit_log_retention\` before delete on \`audit_log\` when old.\`at\` > (cast(strftime('%s', 'now') as integer) - 180 * 86400) * 1000 begin select raise(abort, 'audit_log entries are kept at least 180 days'); end;`);
  }

}
