import { Migration } from '@mikro-orm/migrations';

export class Migration20261122153704_identity extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "app_user" add column "totp_pending_secret" text null;`);
    this.addSql(`alter table "app_user" add column "totp_last_step" int null;`);
    this.addSql(`alter table "app_user" alter column "totp_secret" type text using ("totp_secret"::text);`);

    this.addSql(`alter table "app_session" add column "enrolment_only" boolean not null default false;`);

    // The audit log is append-only: no update ever, no delete within the 180-day minimum retention.
    this.addSql(`create or replace function audit_log_append_only() returns trigger as $$
begin
  if tg_op = 'UPDATE' then raise exception 'audit_log is append-only'; end if;
  if old.at > now() - interval '180 days' then raise exception 'audit_log entries are kept at least 180 days'; end if;
  return old;
end $$ language plpgsql;`);
    this.addSql(`create trigger audit_log_append_only before update or delete on "audit_log" for each row execute function audit_log_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists audit_log_append_only on "audit_log";`);
    this.addSql(`drop function if exists audit_log_append_only();`);
    this.addSql(`alter table "app_session" drop column "enrolment_only";`);

    this.addSql(`alter table "app_user" drop column "totp_pending_secret";`);
    this.addSql(`alter table "app_user" drop column "totp_last_step";`);

    this.addSql(`alter table "app_user" alter column "totp_secret" type varchar(64) using ("totp_secret"::varchar(64));`);
  }

}
