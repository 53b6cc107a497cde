import { Migration } from '@mikro-orm/migrations';

/** 防止返贫动态监测: monitoring lines, households with their members, incomes and visits, monitoring cases with their measures and risk eliminations. */
export class Migration20261206212729_monitoring extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "monitoring_line" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "province_code" varchar(12) not null, "year" int not null, "amount" bigint not null, "effective_from" varchar(10) not null, "basis" varchar(200) null, constraint "monitoring_line_pkey" primary key ("id"));`);
    this.addSql(`create index "monitoring_line_created_at_index" on "monitoring_line" ("created_at");`);
    this.addSql(`create index "monitoring_line_updated_at_index" on "monitoring_line" ("updated_at");`);
    this.addSql(`create index "monitoring_line_province_code_index" on "monitoring_line" ("province_code");`);
    this.addSql(`create index "monitoring_line_year_index" on "monitoring_line" ("year");`);
    this.addSql(`create index "monitoring_line_effective_from_index" on "monitoring_line" ("effective_from");`);
    this.addSql(`alter table "monitoring_line" add constraint "monitoring_line_province_code_effective_from_unique" unique ("province_code", "effective_from");`);
    this.addSql(`create table "household" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "head_person_id" varchar(36) not null, "village_code" varchar(12) not null, "category" text check ("category" in ('POVERTY_EXITED', 'MONITORED', 'ORDINARY')) not null, "size" int not null, "labourers" int not null, "compliant_expenses" bigint not null default 0, "education_secured" boolean not null default true, "medical_insurance_secured" boolean not null default true, "housing_secured" boolean not null default true, "drinking_water_secured" boolean not null default true, "secured_checked_on" varchar(10) null, constraint "household_pkey" primary key ("id"));`);
    this.addSql(`create index "household_created_at_index" on "household" ("created_at");`);
    this.addSql(`create index "household_updated_at_index" on "household" ("updated_at");`);
    this.addSql(`create index "household_head_person_id_index" on "household" ("head_person_id");`);
    this.addSql(`alter table "household" add constraint "household_head_person_id_unique" unique ("head_person_id");`);
    this.addSql(`create index "household_village_code_index" on "household" ("village_code");`);
    this.addSql(`create index "household_category_index" on "household" ("category");`);
    this.addSql(`create index "household_size_index" on "household" ("size");`);
    this.addSql(`create index "household_education_secured_index" on "household" ("education_secured");`);
    this.addSql(`create index "household_medical_insurance_secured_index" on "household" ("medical_insurance_secured");`);
    this.addSql(`create index "household_housing_secured_index" on "household" ("housing_secured");`);
    this.addSql(`create index "household_drinking_water_secured_index" on "household" ("drinking_water_secured");`);
    this.addSql(`create table "monitoring_case" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "household_id" varchar(36) not null, "region_code" varchar(12) not null, "type" text check ("type" in ('UNSTABLE', 'MARGINAL', 'SUDDEN_HARDSHIP')) not null, "risk_cause_list" varchar(200) not null, "discovered_by" text check ("discovered_by" in ('SELF_DECLARED', 'CADRE_SCREENING', 'DEPARTMENT_ALERT')) not null, "clue_date" varchar(10) not null, "deadline" varchar(10) not null, "status" text check ("status" in ('CLUE', 'CHECKED', 'CONSENTED', 'COMPARED', 'VILLAGE_REVIEWED', 'PUBLICIZING', 'TOWNSHIP_REVIEWED', 'IDENTIFIED', 'NOT_IDENTIFIED', 'ELIMINATED')) not null default 'CLUE', "overdue" boolean not null default false, "description" text null, "check_findings" text null, "consent_reference" varchar(64) null, "comparison_result" text null, "publicized_at" timestamptz null, "decided_on" varchar(10) null, constraint "monitoring_case_pkey" primary key ("id"));`);
    this.addSql(`create index "monitoring_case_created_at_index" on "monitoring_case" ("created_at");`);
    this.addSql(`create index "monitoring_case_updated_at_index" on "monitoring_case" ("updated_at");`);
    this.addSql(`create index "monitoring_case_household_id_index" on "monitoring_case" ("household_id");`);
    this.addSql(`create index "monitoring_case_region_code_index" on "monitoring_case" ("region_code");`);
    this.addSql(`create index "monitoring_case_type_index" on "monitoring_case" ("type");`);
    this.addSql(`create index "monitoring_case_clue_date_index" on "monitoring_case" ("clue_date");`);
    this.addSql(`create index "monitoring_case_deadline_index" on "monitoring_case" ("deadline");`);
    this.addSql(`create index "monitoring_case_status_index" on "monitoring_case" ("status");`);
    this.addSql(`create index "monitoring_case_overdue_index" on "monitoring_case" ("overdue");`);
    this.addSql(`create index "monitoring_case_decided_on_index" on "monitoring_case" ("decided_on");`);
    this.addSql(`create table "household_member" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "household_id" varchar(36) not null, "person_id" varchar(36) not null, "region_code" varchar(12) not null, "relation" text check ("relation" in ('HEAD', 'SPOUSE', 'CHILD', 'CHILD_IN_LAW', 'GRANDCHILD', 'PARENT', 'GRANDPARENT', 'SIBLING', 'OTHER')) not null, constraint "household_member_pkey" primary key ("id"));`);
    this.addSql(`create index "household_member_created_at_index" on "household_member" ("created_at");`);
    this.addSql(`create index "household_member_updated_at_index" on "household_member" ("updated_at");`);
    this.addSql(`create index "household_member_household_id_index" on "household_member" ("household_id");`);
    this.addSql(`create index "household_member_person_id_index" on "household_member" ("person_id");`);
    this.addSql(`alter table "household_member" add constraint "household_member_person_id_unique" unique ("person_id");`);
    this.addSql(`create index "household_member_region_code_index" on "household_member" ("region_code");`);
    this.addSql(`create index "household_member_relation_index" on "household_member" ("relation");`);
    this.addSql(`create table "household_income" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "household_id" varchar(36) not null, "region_code" varchar(12) not null, "year" int not null, "source" text check ("source" in ('WAGES', 'BUSINESS', 'PROPERTY', 'TRANSFER')) not null, "amount" bigint not null, constraint "household_income_pkey" primary key ("id"));`);
    this.addSql(`create index "household_income_created_at_index" on "household_income" ("created_at");`);
    this.addSql(`create index "household_income_updated_at_index" on "household_income" ("updated_at");`);
    this.addSql(`create index "household_income_household_id_index" on "household_income" ("household_id");`);
    this.addSql(`create index "household_income_region_code_index" on "household_income" ("region_code");`);
    this.addSql(`create index "household_income_year_index" on "household_income" ("year");`);
    this.addSql(`alter table "household_income" add constraint "household_income_household_id_year_source_unique" unique ("household_id", "year", "source");`);
    this.addSql(`create table "risk_elimination" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "case_id" varchar(36) not null, "region_code" varchar(12) not null, "findings" text not null, "status" text check ("status" in ('PROPOSED', 'VILLAGE_REVIEWED', 'PUBLICIZING', 'TOWNSHIP_REVIEWED', 'ELIMINATED', 'REFUSED')) not null default 'PROPOSED', "publicized_at" timestamptz null, "decided_on" varchar(10) null, constraint "risk_elimination_pkey" primary key ("id"));`);
    this.addSql(`create index "risk_elimination_created_at_index" on "risk_elimination" ("created_at");`);
    this.addSql(`create index "risk_elimination_updated_at_index" on "risk_elimination" ("updated_at");`);
    this.addSql(`create index "risk_elimination_case_id_index" on "risk_elimination" ("case_id");`);
    this.addSql(`create index "risk_elimination_region_code_index" on "risk_elimination" ("region_code");`);
    this.addSql(`create index "risk_elimination_status_index" on "risk_elimination" ("status");`);
    this.addSql(`create index "risk_elimination_decided_on_index" on "risk_elimination" ("decided_on");`);
    this.addSql(`create table "assistance_measure" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "case_id" varchar(36) not null, "region_code" varchar(12) not null, "kind" text check ("kind" in ('INDUSTRY', 'EMPLOYMENT', 'WELFARE_POST', 'CONSUMPTION', 'EDUCATION', 'MEDICAL', 'HOUSING', 'SOCIAL_ASSISTANCE', 'INSURANCE', 'OTHER')) not null, "content" varchar(500) not null, "responsible" varchar(50) not null, "status" text check ("status" in ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED')) not null default 'PLANNED', "amount" bigint null, "placement_id" varchar(36) null, "due_on" varchar(10) null, constraint "assistance_measure_pkey" primary key ("id"));`);
    this.addSql(`create index "assistance_measure_created_at_index" on "assistance_measure" ("created_at");`);
    this.addSql(`create index "assistance_measure_updated_at_index" on "assistance_measure" ("updated_at");`);
    this.addSql(`create index "assistance_measure_case_id_index" on "assistance_measure" ("case_id");`);
    this.addSql(`create index "assistance_measure_region_code_index" on "assistance_measure" ("region_code");`);
    this.addSql(`create index "assistance_measure_kind_index" on "assistance_measure" ("kind");`);
    this.addSql(`create index "assistance_measure_status_index" on "assistance_measure" ("status");`);
    this.addSql(`create index "assistance_measure_placement_id_index" on "assistance_measure" ("placement_id");`);
    this.addSql(`create index "assistance_measure_due_on_index" on "assistance_measure" ("due_on");`);
    this.addSql(`create table "household_visit" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "household_id" varchar(36) not null, "region_code" varchar(12) not null, "visited_on" varchar(10) not null, "visitor" varchar(50) not null, "team_member_id" varchar(36) null, "findings" text not null, "risk_rising" boolean not null default false, constraint "household_visit_pkey" primary key ("id"));`);
    this.addSql(`create index "household_visit_created_at_index" on "household_visit" ("created_at");`);
    this.addSql(`create index "household_visit_updated_at_index" on "household_visit" ("updated_at");`);
    this.addSql(`create index "household_visit_household_id_index" on "household_visit" ("household_id");`);
    this.addSql(`create index "household_visit_region_code_index" on "household_visit" ("region_code");`);
    this.addSql(`create index "household_visit_visited_on_index" on "household_visit" ("visited_on");`);
    this.addSql(`create index "household_visit_team_member_id_index" on "household_visit" ("team_member_id");`);
    this.addSql(`create index "household_visit_risk_rising_index" on "household_visit" ("risk_rising");`);
    this.addSql(`alter table "monitoring_line" add constraint "monitoring_line_province_code_foreign" foreign key ("province_code") references "region" ("code") on update cascade;`);
    this.addSql(`alter table "household" add constraint "household_head_person_id_foreign" foreign key ("head_person_id") references "person" ("id") on update cascade;`);
    this.addSql(`alter table "household" add constraint "household_village_code_foreign" foreign key ("village_code") references "region" ("code") on update cascade;`);
    this.addSql(`alter table "monitoring_case" add constraint "monitoring_case_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade;`);
    this.addSql(`alter table "household_member" add constraint "household_member_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade;`);
    this.addSql(`alter table "household_member" add constraint "household_member_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`);
    this.addSql(`alter table "household_income" add constraint "household_income_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade;`);
    this.addSql(`alter table "risk_elimination" add constraint "risk_elimination_case_id_foreign" foreign key ("case_id") references "monitoring_case" ("id") on update cascade;`);
    this.addSql(`alter table "assistance_measure" add constraint "assistance_measure_case_id_foreign" foreign key ("case_id") references "monitoring_case" ("id") on update cascade;`);
    this.addSql(`alter table "assistance_measure" add constraint "assistance_measure_placement_id_foreign" foreign key ("placement_id") references "job_placement" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "household_visit" add constraint "household_visit_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade;`);
    this.addSql(`alter table "household_visit" add constraint "household_visit_team_member_id_foreign" foreign key ("team_member_id") references "team_member" ("id") on update cascade on delete set null;`);
    // Region columns are searched by prefix (`within`): a text_pattern_ops index serves LIKE '6204%'.
    this.addSql(`create index "monitoring_line_province_code_pattern_index" on "monitoring_line" ("province_code" text_pattern_ops);`);
    this.addSql(`create index "household_village_code_pattern_index" on "household" ("village_code" text_pattern_ops);`);
    this.addSql(`create index "household_member_region_code_pattern_index" on "household_member" ("region_code" text_pattern_ops);`);
    this.addSql(`create index "household_income_region_code_pattern_index" on "household_income" ("region_code" text_pattern_ops);`);
    this.addSql(`create index "household_visit_region_code_pattern_index" on "household_visit" ("region_code" text_pattern_ops);`);
    this.addSql(`create index "monitoring_case_region_code_pattern_index" on "monitoring_case" ("region_code" text_pattern_ops);`);
    this.addSql(`create index "assistance_measure_region_code_pattern_index" on "assistance_measure" ("region_code" text_pattern_ops);`);
    this.addSql(`create index "risk_elimination_region_code_pattern_index" on "risk_elimination" ("region_code" text_pattern_ops);`);
    // One open case per household and one pending elimination per case, also under concurrent requests
    // (the services check first and say why; these make a race end in CONFLICT, not in two rows).
    this.addSql(
      `create unique index "monitoring_case_open_household_unique" on "monitoring_case" ("household_id") where "archived_at" is null and "status" in ('CLUE', 'CHECKED', 'CONSENTED', 'COMPARED', 'VILLAGE_REVIEWED', 'PUBLICIZING', 'TOWNSHIP_REVIEWED', 'IDENTIFIED');`,
    );
    this.addSql(
      `create unique index "risk_elimination_pending_case_unique" on "risk_elimination" ("case_id") where "archived_at" is null and "status" not in ('ELIMINATED', 'REFUSED');`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "risk_elimination" cascade;`);
    this.addSql(`drop table if exists "assistance_measure" cascade;`);
    this.addSql(`drop table if exists "monitoring_case" cascade;`);
    this.addSql(`drop table if exists "household_visit" cascade;`);
    this.addSql(`drop table if exists "household_income" cascade;`);
    this.addSql(`drop table if exists "household_member" cascade;`);
    this.addSql(`drop table if exists "household" cascade;`);
    this.addSql(`drop table if exists "monitoring_line" cascade;`);
  }
}
