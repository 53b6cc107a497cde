import { Migration } from '@mikro-orm/migrations';

export class Migration20261122153200_welfare extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "welfare_post" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "title" varchar(100) not null, "type" text check ("type" in ('CLEANING', 'ROAD_MAINTENANCE', 'FOREST_RANGER', 'RIVER_PATROL', 'TRAFFIC_ASSISTANT', 'ELDERLY_CARE', 'SECURITY_PATROL', 'WATER_MANAGEMENT', 'ASSET_CARETAKER', 'OTHER')) not null, "village_code" varchar(12) not null, "region_code" varchar(12) not null, "developing_organization_id" varchar(36) not null, "funding_source" text check ("funding_source" in ('CONNECTION_FUNDS', 'EAST_WEST_FUNDS', 'PV_INCOME', 'COLLECTIVE_INCOME', 'FISCAL', 'OTHER')) not null, "headcount" int not null, "monthly_hours" int not null, "intensity" text check ("intensity" in ('LIGHT', 'MEDIUM', 'HEAVY')) not null, "monthly_subsidy" bigint not null, "term_start" varchar(10) not null, "term_end" varchar(10) not null, "duties" text null, "status" text check ("status" in ('DRAFT', 'OPEN', 'CLOSED')) not null default 'DRAFT', "published_at" timestamptz null, "closed_at" timestamptz null, constraint "welfare_post_pkey" primary key ("id"));`);
    this.addSql(`create index "welfare_post_updated_at_index" on "welfare_post" ("updated_at");`);
    this.addSql(`create index "welfare_post_title_index" on "welfare_post" ("title");`);
    this.addSql(`create index "welfare_post_type_index" on "welfare_post" ("type");`);
    this.addSql(`create index "welfare_post_village_code_index" on "welfare_post" ("village_code");`);
    this.addSql(`create index "welfare_post_region_code_index" on "welfare_post" ("region_code");`);
    this.addSql(`create index "welfare_post_developing_organization_id_index" on "welfare_post" ("developing_organization_id");`);
    this.addSql(`create index "welfare_post_funding_source_index" on "welfare_post" ("funding_source");`);
    this.addSql(`create index "welfare_post_headcount_index" on "welfare_post" ("headcount");`);
    this.addSql(`create index "welfare_post_monthly_subsidy_index" on "welfare_post" ("monthly_subsidy");`);
    this.addSql(`create index "welfare_post_term_start_index" on "welfare_post" ("term_start");`);
    this.addSql(`create index "welfare_post_term_end_index" on "welfare_post" ("term_end");`);
    this.addSql(`create index "welfare_post_status_index" on "welfare_post" ("status");`);

    this.addSql(`create table "job_placement" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "post_id" varchar(36) not null, "person_id" varchar(36) not null, "region_code" varchar(12) not null, "priority_category" text check ("priority_category" in ('POVERTY_EXITED', 'MONITORED', 'LOW_INCOME', 'DISABLED', 'RELOCATED', 'OTHER')) not null, "status" text check ("status" in ('APPLIED', 'VILLAGE_REVIEWED', 'PUBLICIZING', 'TOWNSHIP_REVIEWED', 'APPROVED', 'ONBOARDED', 'EXITED', 'REJECTED', 'WITHDRAWN')) not null default 'APPLIED', "application_note" text null, "publicized_at" timestamptz null, "agreement_number" varchar(64) null, "start_date" varchar(10) null, "exit_date" varchar(10) null, "exit_reason" text check ("exit_reason" in ('TERM_ENDED', 'VOLUNTARY', 'FAILED_ASSESSMENT', 'NO_LONGER_ELIGIBLE', 'OTHER_EMPLOYMENT', 'DECEASED', 'OTHER')) null, "flagged_for_exit" boolean not null default false, constraint "job_placement_pkey" primary key ("id"));`);
    this.addSql(`create index "job_placement_updated_at_index" on "job_placement" ("updated_at");`);
    this.addSql(`create index "job_placement_post_id_index" on "job_placement" ("post_id");`);
    this.addSql(`create index "job_placement_person_id_index" on "job_placement" ("person_id");`);
    this.addSql(`create index "job_placement_region_code_index" on "job_placement" ("region_code");`);
    this.addSql(`create index "job_placement_priority_category_index" on "job_placement" ("priority_category");`);
    this.addSql(`create index "job_placement_status_index" on "job_placement" ("status");`);
    this.addSql(`create index "job_placement_start_date_index" on "job_placement" ("start_date");`);
    this.addSql(`create index "job_placement_exit_date_index" on "job_placement" ("exit_date");`);
    this.addSql(`create index "job_placement_flagged_for_exit_index" on "job_placement" ("flagged_for_exit");`);
    this.addSql(`create index "job_placement_person_id_status_index" on "job_placement" ("person_id", "status");`);
    this.addSql(`create index "job_placement_post_id_status_index" on "job_placement" ("post_id", "status");`);

    this.addSql(`create table "subsidy_payment" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "placement_id" varchar(36) not null, "region_code" varchar(12) not null, "month" varchar(7) not null, "days_on_post" int not null, "days_in_month" int not null, "attendance_days" int null, "assessment" text check ("assessment" in ('PASS', 'FAIL')) null, "monthly_subsidy" bigint not null, "amount" bigint not null, "status" text check ("status" in ('CALCULATED', 'APPROVED', 'PAID')) not null default 'CALCULATED', "paid_date" varchar(10) null, "payment_reference" varchar(64) null, constraint "subsidy_payment_pkey" primary key ("id"));`);
    this.addSql(`create index "subsidy_payment_updated_at_index" on "subsidy_payment" ("updated_at");`);
    this.addSql(`create index "subsidy_payment_placement_id_index" on "subsidy_payment" ("placement_id");`);
    this.addSql(`create index "subsidy_payment_region_code_index" on "subsidy_payment" ("region_code");`);
    this.addSql(`create index "subsidy_payment_month_index" on "subsidy_payment" ("month");`);
    this.addSql(`create index "subsidy_payment_assessment_index" on "subsidy_payment" ("assessment");`);
    this.addSql(`create index "subsidy_payment_amount_index" on "subsidy_payment" ("amount");`);
    this.addSql(`create index "subsidy_payment_status_index" on "subsidy_payment" ("status");`);
    this.addSql(`alter table "subsidy_payment" add constraint "subsidy_payment_placement_id_month_unique" unique ("placement_id", "month");`);
    // Written by hand: at most one active (APPROVED/ONBOARDED) placement per person, even under racing approvals.
    this.addSql(`create unique index "job_placement_person_active_unique" on "job_placement" ("person_id") where "status" in ('APPROVED', 'ONBOARDED');`);

    this.addSql(`alter table "welfare_post" add constraint "welfare_post_village_code_foreign" foreign key ("village_code") references "region" ("code") on update cascade;`);
    this.addSql(`alter table "welfare_post" add constraint "welfare_post_developing_organization_id_foreign" foreign key ("developing_organization_id") references "organization" ("id") on update cascade;`);

    this.addSql(`alter table "job_placement" add constraint "job_placement_post_id_foreign" foreign key ("post_id") references "welfare_post" ("id") on update cascade;`);
    this.addSql(`alter table "job_placement" add constraint "job_placement_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`);

    this.addSql(`alter table "subsidy_payment" add constraint "subsidy_payment_placement_id_foreign" foreign key ("placement_id") references "job_placement" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "job_placement" drop constraint "job_placement_post_id_foreign";`);

    this.addSql(`alter table "subsidy_payment" drop constraint "subsidy_payment_placement_id_foreign";`);

    this.addSql(`drop table if exists "welfare_post" cascade;`);

    this.addSql(`drop table if exists "job_placement" cascade;`);

    this.addSql(`drop table if exists "subsidy_payment" cascade;`);
  }

}
