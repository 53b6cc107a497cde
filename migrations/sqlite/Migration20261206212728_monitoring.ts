import { Migration } from '@mikro-orm/migrations';

/** 防止返贫动态监测: monitoring lines, households with their members, incomes and visits, monitoring cases with their measures and risk eliminations. */
export class Migration20261206212728_monitoring extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table \`monitoring_line\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`archived_at\` datetime null, \`province_code\` text not null, \`year\` integer not null, \`amount\` bigint not null, \`effective_from\` text not null, \`basis\` text null, constraint \`monitoring_line_province_code_foreign\` foreign key(\`province_code\`) references \`region\`(\`code\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`monitoring_line_created_at_index\` on \`monitoring_line\` (\`created_at\`);`);
    this.addSql(`create index \`monitoring_line_updated_at_index\` on \`monitoring_line\` (\`updated_at\`);`);
    this.addSql(`create index \`monitoring_line_province_code_index\` on \`monitoring_line\` (\`province_code\`);`);
    this.addSql(`create index \`monitoring_line_year_index\` on \`monitoring_line\` (\`year\`);`);
    this.addSql(`create index \`monitoring_line_effective_from_index\` on \`monitoring_line\` (\`effective_from\`);`);
    this.addSql(`create unique index \`monitoring_line_province_code_effective_from_unique\` on \`monitoring_line\` (\`province_code\`, \`effective_from\`);`);
    this.addSql(`create table \`household\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`archived_at\` datetime null, \`head_person_id\` text not null, \`village_code\` text not null, \`category\` text check (\`category\` in ('POVERTY_EXITED', 'MONITORED', 'ORDINARY')) not null, \`size\` integer not null, \`labourers\` integer not null, \`compliant_expenses\` bigint not null default 0, \`education_secured\` integer not null default true, \`medical_insurance_secured\` integer not null default true, \`housing_secured\` integer not null default true, \`drinking_water_secured\` integer not null default true, \`secured_checked_on\` text null, constraint \`household_head_person_id_foreign\` foreign key(\`head_person_id\`) references \`person\`(\`id\`) on update cascade, constraint \`household_village_code_foreign\` foreign key(\`village_code\`) references \`region\`(\`code\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`household_created_at_index\` on \`household\` (\`created_at\`);`);
    this.addSql(`create index \`household_updated_at_index\` on \`household\` (\`updated_at\`);`);
    this.addSql(`create index \`household_head_person_id_index\` on \`household\` (\`head_person_id\`);`);
    this.addSql(`create unique index \`household_head_person_id_unique\` on \`household\` (\`head_person_id\`);`);
    this.addSql(`create index \`household_village_code_index\` on \`household\` (\`village_code\`);`);
    this.addSql(`create index \`household_category_index\` on \`household\` (\`category\`);`);
    this.addSql(`create index \`household_size_index\` on \`household\` (\`size\`);`);
    this.addSql(`create index \`household_education_secured_index\` on \`household\` (\`education_secured\`);`);
    this.addSql(`create index \`household_medical_insurance_secured_index\` on \`household\` (\`medical_insurance_secured\`);`);
    this.addSql(`create index \`household_housing_secured_index\` on \`household\` (\`housing_secured\`);`);
    this.addSql(`create index \`household_drinking_water_secured_index\` on \`household\` (\`drinking_water_secured\`);`);
    this.addSql(`create table \`monitoring_case\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`archived_at\` datetime null, \`household_id\` text not null, \`region_code\` text not null, \`type\` text check (\`type\` in ('UNSTABLE', 'MARGINAL', 'SUDDEN_HARDSHIP')) not null, \`risk_cause_list\` text not null, \`discovered_by\` text check (\`discovered_by\` in ('SELF_DECLARED', 'CADRE_SCREENING', 'DEPARTMENT_ALERT')) not null, \`clue_date\` text not null, \`deadline\` text not null, \`status\` text check (\`status\` in ('CLUE', 'CHECKED', 'CONSENTED', 'COMPARED', 'VILLAGE_REVIEWED', 'PUBLICIZING', 'TOWNSHIP_REVIEWED', 'IDENTIFIED', 'NOT_IDENTIFIED', 'ELIMINATED')) not null default 'CLUE', \`overdue\` integer not null default false, \`description\` text null, \`check_findings\` text null, \`consent_reference\` text null, \`comparison_result\` text null, \`publicized_at\` datetime null, \`decided_on\` text null, constraint \`monitoring_case_household_id_foreign\` foreign key(\`household_id\`) references \`household\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`monitoring_case_created_at_index\` on \`monitoring_case\` (\`created_at\`);`);
    this.addSql(`create index \`monitoring_case_updated_at_index\` on \`monitoring_case\` (\`updated_at\`);`);
    this.addSql(`create index \`monitoring_case_household_id_index\` on \`monitoring_case\` (\`household_id\`);`);
    this.addSql(`create index \`monitoring_case_region_code_index\` on \`monitoring_case\` (\`region_code\`);`);
    this.addSql(`create index \`monitoring_case_type_index\` on \`monitoring_case\` (\`type\`);`);
    this.addSql(`create index \`monitoring_case_clue_date_index\` on \`monitoring_case\` (\`clue_date\`);`);
    this.addSql(`create index \`monitoring_case_deadline_index\` on \`monitoring_case\` (\`deadline\`);`);
    this.addSql(`create index \`monitoring_case_status_index\` on \`monitoring_case\` (\`status\`);`);
    this.addSql(`create index \`monitoring_case_overdue_index\` on \`monitoring_case\` (\`overdue\`);`);
    this.addSql(`create index \`monitoring_case_decided_on_index\` on \`monitoring_case\` (\`decided_on\`);`);
    this.addSql(`create table \`household_member\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`archived_at\` datetime null, \`household_id\` text not null, \`person_id\` text not null, \`region_code\` text not null, \`relation\` text check (\`relation\` in ('HEAD', 'SPOUSE', 'CHILD', 'CHILD_IN_LAW', 'GRANDCHILD', 'PARENT', 'GRANDPARENT', 'SIBLING', 'OTHER')) not null, constraint \`household_member_household_id_foreign\` foreign key(\`household_id\`) references \`household\`(\`id\`) on update cascade, constraint \`household_member_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`household_member_created_at_index\` on \`household_member\` (\`created_at\`);`);
    this.addSql(`create index \`household_member_updated_at_index\` on \`household_member\` (\`updated_at\`);`);
    this.addSql(`create index \`household_member_household_id_index\` on \`household_member\` (\`household_id\`);`);
    this.addSql(`create index \`household_member_person_id_index\` on \`household_member\` (\`person_id\`);`);
    this.addSql(`create unique index \`household_member_person_id_unique\` on \`household_member\` (\`person_id\`);`);
    this.addSql(`create index \`household_member_region_code_index\` on \`household_member\` (\`region_code\`);`);
    this.addSql(`create index \`household_member_relation_index\` on \`household_member\` (\`relation\`);`);
    this.addSql(`create table \`household_income\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`archived_at\` datetime null, \`household_id\` text not null, \`region_code\` text not null, \`year\` integer not null, \`source\` text check (\`source\` in ('WAGES', 'BUSINESS', 'PROPERTY', 'TRANSFER')) not null, \`amount\` bigint not null, constraint \`household_income_household_id_foreign\` foreign key(\`household_id\`) references \`household\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`household_income_created_at_index\` on \`household_income\` (\`created_at\`);`);
    this.addSql(`create index \`household_income_updated_at_index\` on \`household_income\` (\`updated_at\`);`);
    this.addSql(`create index \`household_income_household_id_index\` on \`household_income\` (\`household_id\`);`);
    this.addSql(`create index \`household_income_region_code_index\` on \`household_income\` (\`region_code\`);`);
    this.addSql(`create index \`household_income_year_index\` on \`household_income\` (\`year\`);`);
    this.addSql(`create unique index \`household_income_household_id_year_source_unique\` on \`household_income\` (\`household_id\`, \`year\`, \`source\`);`);
    this.addSql(`create table \`risk_elimination\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`archived_at\` datetime null, \`case_id\` text not null, \`region_code\` text not null, \`findings\` text not null, \`status\` text check (\`status\` in ('PROPOSED', 'VILLAGE_REVIEWED', 'PUBLICIZING', 'TOWNSHIP_REVIEWED', 'ELIMINATED', 'REFUSED')) not null default 'PROPOSED', \`publicized_at\` datetime null, \`decided_on\` text null, constraint \`risk_elimination_case_id_foreign\` foreign key(\`case_id\`) references \`monitoring_case\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`risk_elimination_created_at_index\` on \`risk_elimination\` (\`created_at\`);`);
    this.addSql(`create index \`risk_elimination_updated_at_index\` on \`risk_elimination\` (\`updated_at\`);`);
    this.addSql(`create index \`risk_elimination_case_id_index\` on \`risk_elimination\` (\`case_id\`);`);
    this.addSql(`create index \`risk_elimination_region_code_index\` on \`risk_elimination\` (\`region_code\`);`);
    this.addSql(`create index \`risk_elimination_status_index\` on \`risk_elimination\` (\`status\`);`);
    this.addSql(`create index \`risk_elimination_decided_on_index\` on \`risk_elimination\` (\`decided_on\`);`);
    this.addSql(`create table \`assistance_measure\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`archived_at\` datetime null, \`case_id\` text not null, \`region_code\` text not null, \`kind\` text check (\`kind\` in ('INDUSTRY', 'EMPLOYMENT', 'WELFARE_POST', 'CONSUMPTION', 'EDUCATION', 'MEDICAL', 'HOUSING', 'SOCIAL_ASSISTANCE', 'INSURANCE', 'OTHER')) not null, \`content\` text not null, \`responsible\` text not null, \`status\` text check (\`status\` in ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED')) not null default 'PLANNED', \`amount\` bigint null, \`placement_id\` text null, \`due_on\` text null, constraint \`assistance_measure_case_id_foreign\` foreign key(\`case_id\`) references \`monitoring_case\`(\`id\`) on update cascade, constraint \`assistance_measure_placement_id_foreign\` foreign key(\`placement_id\`) references \`job_placement\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`assistance_measure_created_at_index\` on \`assistance_measure\` (\`created_at\`);`);
    this.addSql(`create index \`assistance_measure_updated_at_index\` on \`assistance_measure\` (\`updated_at\`);`);
    this.addSql(`create index \`assistance_measure_case_id_index\` on \`assistance_measure\` (\`case_id\`);`);
    this.addSql(`create index \`assistance_measure_region_code_index\` on \`assistance_measure\` (\`region_code\`);`);
    this.addSql(`create index \`assistance_measure_kind_index\` on \`assistance_measure\` (\`kind\`);`);
    this.addSql(`create index \`assistance_measure_status_index\` on \`assistance_measure\` (\`status\`);`);
    this.addSql(`create index \`assistance_measure_placement_id_index\` on \`assistance_measure\` (\`placement_id\`);`);
    this.addSql(`create index \`assistance_measure_due_on_index\` on \`assistance_measure\` (\`due_on\`);`);
    this.addSql(`create table \`household_visit\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`archived_at\` datetime null, \`household_id\` text not null, \`region_code\` text not null, \`visited_on\` text not null, \`visitor\` text not null, \`team_member_id\` text null, \`findings\` text not null, \`risk_rising\` integer not null default false, constraint \`household_visit_household_id_foreign\` foreign key(\`household_id\`) references \`household\`(\`id\`) on update cascade, constraint \`household_visit_team_member_id_foreign\` foreign key(\`team_member_id\`) references \`team_member\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`household_visit_created_at_index\` on \`household_visit\` (\`created_at\`);`);
    this.addSql(`create index \`household_visit_updated_at_index\` on \`household_visit\` (\`updated_at\`);`);
    this.addSql(`create index \`household_visit_household_id_index\` on \`household_visit\` (\`household_id\`);`);
    this.addSql(`create index \`household_visit_region_code_index\` on \`household_visit\` (\`region_code\`);`);
    this.addSql(`create index \`household_visit_visited_on_index\` on \`household_visit\` (\`visited_on\`);`);
    this.addSql(`create index \`household_visit_team_member_id_index\` on \`household_visit\` (\`team_member_id\`);`);
    this.addSql(`create index \`household_visit_risk_rising_index\` on \`household_visit\` (\`risk_rising\`);`);
    // One open case per household and one pending elimination per case, also under concurrent requests
    // (the services check first and say why; these make a race end in CONFLICT, not in two rows).
    this.addSql(
      `create unique index \`monitoring_case_open_household_unique\` on \`monitoring_case\` (\`household_id\`) where \`archived_at\` is null and \`status\` in ('CLUE', 'CHECKED', 'CONSENTED', 'COMPARED', 'VILLAGE_REVIEWED', 'PUBLICIZING', 'TOWNSHIP_REVIEWED', 'IDENTIFIED');`,
    );
    this.addSql(
      `create unique index \`risk_elimination_pending_case_unique\` on \`risk_elimination\` (\`case_id\`) where \`archived_at\` is null and \`status\` not in ('ELIMINATED', 'REFUSED');`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`risk_elimination\`;`);
    this.addSql(`drop table if exists \`assistance_measure\`;`);
    this.addSql(`drop table if exists \`monitoring_case\`;`);
    this.addSql(`drop table if exists \`household_visit\`;`);
    this.addSql(`drop table if exists \`household_income\`;`);
    this.addSql(`drop table if exists \`household_member\`;`);
    this.addSql(`drop table if exists \`household\`;`);
    this.addSql(`drop table if exists \`monitoring_line\`;`);
  }
}
