import { Migration } from '@mikro-orm/migrations';

export class Migration20261122153129_counties extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "key_county" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "county_code" varchar(12) not null, "level" text check ("level" in ('NATIONAL', 'PROVINCIAL')) not null, "designated_year" int not null, "former_deep_poverty" boolean not null default false, "poverty_exit_year" int null, "status" text check ("status" in ('ACTIVE', 'EXITED')) not null default 'ACTIVE', "notes" text null, constraint "key_county_pkey" primary key ("id"));`);
    this.addSql(`create index "key_county_updated_at_index" on "key_county" ("updated_at");`);
    this.addSql(`alter table "key_county" add constraint "key_county_county_code_unique" unique ("county_code");`);
    this.addSql(`create index "key_county_level_index" on "key_county" ("level");`);
    this.addSql(`create index "key_county_designated_year_index" on "key_county" ("designated_year");`);
    this.addSql(`create index "key_county_status_index" on "key_county" ("status");`);

    this.addSql(`create table "fund_allocation" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "key_county_id" varchar(36) not null, "county_code" varchar(6) not null, "year" int not null, "source" text check ("source" in ('CENTRAL', 'PROVINCIAL', 'CITY_COUNTY')) not null, "purpose" text check ("purpose" in ('INDUSTRY', 'EMPLOYMENT', 'INFRASTRUCTURE', 'PUBLIC_SERVICE', 'OTHER')) not null, "amount" bigint not null, "disbursed" bigint not null default 0, "project_count" int not null default 0, "projects_started" int not null default 0, "notes" text null, constraint "fund_allocation_pkey" primary key ("id"), constraint fund_allocation_amounts_check check (amount > 0 and disbursed >= 0 and disbursed <= amount and projects_started >= 0 and projects_started <= project_count));`);
    this.addSql(`create index "fund_allocation_updated_at_index" on "fund_allocation" ("updated_at");`);
    this.addSql(`create index "fund_allocation_key_county_id_index" on "fund_allocation" ("key_county_id");`);
    this.addSql(`create index "fund_allocation_county_code_index" on "fund_allocation" ("county_code");`);
    this.addSql(`create index "fund_allocation_year_index" on "fund_allocation" ("year");`);
    this.addSql(`create index "fund_allocation_source_index" on "fund_allocation" ("source");`);
    this.addSql(`create index "fund_allocation_purpose_index" on "fund_allocation" ("purpose");`);
    this.addSql(`create index "fund_allocation_amount_index" on "fund_allocation" ("amount");`);

    this.addSql(`create table "county_evaluation" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "key_county_id" varchar(36) not null, "county_code" varchar(6) not null, "year" int not null, "period" text check ("period" in ('ANNUAL', 'Q1', 'Q2', 'Q3', 'Q4')) not null, "rural_income_per_capita" bigint null, "poverty_exited_income_per_capita" bigint null, "income_growth_basis_points" int null, "monitored_households" int null, "risk_eliminated_households" int null, "poverty_exited_labour_in_work" int null, "rating" text check ("rating" in ('GOOD', 'FAIRLY_GOOD', 'AVERAGE', 'POOR')) null, "evaluator" varchar(200) null, "notes" text null, constraint "county_evaluation_pkey" primary key ("id"));`);
    this.addSql(`create index "county_evaluation_updated_at_index" on "county_evaluation" ("updated_at");`);
    this.addSql(`create index "county_evaluation_key_county_id_index" on "county_evaluation" ("key_county_id");`);
    this.addSql(`create index "county_evaluation_county_code_index" on "county_evaluation" ("county_code");`);
    this.addSql(`create index "county_evaluation_year_index" on "county_evaluation" ("year");`);
    this.addSql(`create index "county_evaluation_rating_index" on "county_evaluation" ("rating");`);
    this.addSql(`alter table "county_evaluation" add constraint "county_evaluation_key_county_id_year_period_unique" unique ("key_county_id", "year", "period");`);

    this.addSql(`alter table "key_county" add constraint "key_county_county_code_foreign" foreign key ("county_code") references "region" ("code") on update cascade;`);

    this.addSql(`alter table "fund_allocation" add constraint "fund_allocation_key_county_id_foreign" foreign key ("key_county_id") references "key_county" ("id") on update cascade;`);

    this.addSql(`alter table "county_evaluation" add constraint "county_evaluation_key_county_id_foreign" foreign key ("key_county_id") references "key_county" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "fund_allocation" drop constraint "fund_allocation_key_county_id_foreign";`);

    this.addSql(`alter table "county_evaluation" drop constraint "county_evaluation_key_county_id_foreign";`);

    this.addSql(`drop table if exists "key_county" cascade;`);

    this.addSql(`drop table if exists "fund_allocation" cascade;`);

    this.addSql(`drop table if exists "county_evaluation" cascade;`);
  }

}
