import { Migration } from '@mikro-orm/migrations';

export class Migration20261122161154_workteams extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`training\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`archived_at\` datetime null, \`region_code\` text not null, \`date\` text not null, \`topic\` text not null, \`hours\` double not null, \`organizer\` text not null, constraint \`training_region_code_foreign\` foreign key(\`region_code\`) references \`region\`(\`code\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`training_updated_at_index\` on \`training\` (\`updated_at\`);`);
    this.addSql(`create index \`training_region_code_index\` on \`training\` (\`region_code\`);`);
    this.addSql(`create index \`training_date_index\` on \`training\` (\`date\`);`);
    this.addSql(`create index \`training_topic_index\` on \`training\` (\`topic\`);`);

    this.addSql(`create table \`work_team\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`archived_at\` datetime null, \`village_code\` text not null, \`county_code\` text not null, \`dispatching_organization_id\` text not null, \`village_type\` text check (\`village_type\` in ('KEY_VILLAGE', 'POVERTY_EXITED_VILLAGE', 'RELOCATION_SITE', 'OTHER')) not null, \`term_start\` text not null, \`term_end\` text not null, \`collective_income_at_start\` bigint null, \`collective_income_latest\` bigint null, \`status\` text check (\`status\` in ('PROPOSED', 'APPROVED', 'ACTIVE', 'COMPLETED', 'RECALLED')) not null default 'PROPOSED', \`notes\` text null, constraint \`work_team_village_code_foreign\` foreign key(\`village_code\`) references \`region\`(\`code\`) on update cascade, constraint \`work_team_county_code_foreign\` foreign key(\`county_code\`) references \`region\`(\`code\`) on update cascade, constraint \`work_team_dispatching_organization_id_foreign\` foreign key(\`dispatching_organization_id\`) references \`organization\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`work_team_updated_at_index\` on \`work_team\` (\`updated_at\`);`);
    this.addSql(`create index \`work_team_village_code_index\` on \`work_team\` (\`village_code\`);`);
    this.addSql(`create index \`work_team_county_code_index\` on \`work_team\` (\`county_code\`);`);
    this.addSql(`create index \`work_team_dispatching_organization_id_index\` on \`work_team\` (\`dispatching_organization_id\`);`);
    this.addSql(`create index \`work_team_village_type_index\` on \`work_team\` (\`village_type\`);`);
    this.addSql(`create index \`work_team_term_start_index\` on \`work_team\` (\`term_start\`);`);
    this.addSql(`create index \`work_team_term_end_index\` on \`work_team\` (\`term_end\`);`);
    this.addSql(`create index \`work_team_status_index\` on \`work_team\` (\`status\`);`);

    this.addSql(`create table \`team_member\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`archived_at\` datetime null, \`team_id\` text not null, \`village_code\` text not null, \`name\` text not null, \`gender\` text check (\`gender\` in ('MALE', 'FEMALE')) not null, \`organization_id\` text null, \`post\` text null, \`role\` text check (\`role\` in ('FIRST_SECRETARY', 'MEMBER')) not null, \`party_member\` integer not null default false, \`phone_encrypted\` text not null, \`phone_masked\` text not null, \`identity_hash\` text not null, \`start_date\` text not null, \`end_date\` text null, \`status\` text check (\`status\` in ('ON_DUTY', 'ROTATED', 'RECALLED', 'COMPLETED')) not null default 'ON_DUTY', \`leave_reason\` text null, \`replaces_member_id\` text null, constraint \`team_member_team_id_foreign\` foreign key(\`team_id\`) references \`work_team\`(\`id\`) on update cascade, constraint \`team_member_organization_id_foreign\` foreign key(\`organization_id\`) references \`organization\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`team_member_updated_at_index\` on \`team_member\` (\`updated_at\`);`);
    this.addSql(`create index \`team_member_team_id_index\` on \`team_member\` (\`team_id\`);`);
    this.addSql(`create index \`team_member_village_code_index\` on \`team_member\` (\`village_code\`);`);
    this.addSql(`create index \`team_member_name_index\` on \`team_member\` (\`name\`);`);
    this.addSql(`create index \`team_member_organization_id_index\` on \`team_member\` (\`organization_id\`);`);
    this.addSql(`create index \`team_member_role_index\` on \`team_member\` (\`role\`);`);
    this.addSql(`create index \`team_member_identity_hash_index\` on \`team_member\` (\`identity_hash\`);`);
    this.addSql(`create index \`team_member_start_date_index\` on \`team_member\` (\`start_date\`);`);
    this.addSql(`create index \`team_member_status_index\` on \`team_member\` (\`status\`);`);

    this.addSql(`create table \`training_attendance\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`archived_at\` datetime null, \`training_id\` text not null, \`member_id\` text not null, \`village_code\` text not null, constraint \`training_attendance_training_id_foreign\` foreign key(\`training_id\`) references \`training\`(\`id\`) on update cascade, constraint \`training_attendance_member_id_foreign\` foreign key(\`member_id\`) references \`team_member\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`training_attendance_updated_at_index\` on \`training_attendance\` (\`updated_at\`);`);
    this.addSql(`create index \`training_attendance_training_id_index\` on \`training_attendance\` (\`training_id\`);`);
    this.addSql(`create index \`training_attendance_member_id_index\` on \`training_attendance\` (\`member_id\`);`);
    this.addSql(`create index \`training_attendance_village_code_index\` on \`training_attendance\` (\`village_code\`);`);
    this.addSql(`create unique index \`training_attendance_training_id_member_id_unique\` on \`training_attendance\` (\`training_id\`, \`member_id\`);`);

    this.addSql(`create table \`member_assessment\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`archived_at\` datetime null, \`member_id\` text not null, \`village_code\` text not null, \`year\` integer not null, \`rating\` text check (\`rating\` in ('EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT', 'INCOMPETENT')) not null, \`time_in_village_score\` integer not null, \`collective_economy_score\` integer not null, \`villager_evaluation_score\` integer not null, \`results_score\` integer not null, \`comment\` text null, constraint \`member_assessment_member_id_foreign\` foreign key(\`member_id\`) references \`team_member\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`member_assessment_updated_at_index\` on \`member_assessment\` (\`updated_at\`);`);
    this.addSql(`create index \`member_assessment_member_id_index\` on \`member_assessment\` (\`member_id\`);`);
    this.addSql(`create index \`member_assessment_village_code_index\` on \`member_assessment\` (\`village_code\`);`);
    this.addSql(`create index \`member_assessment_year_index\` on \`member_assessment\` (\`year\`);`);
    this.addSql(`create index \`member_assessment_rating_index\` on \`member_assessment\` (\`rating\`);`);
    this.addSql(`create unique index \`member_assessment_member_id_year_unique\` on \`member_assessment\` (\`member_id\`, \`year\`);`);


    // By hand: a person (name + phone hash) is on duty in at most one team.
    this.addSql(`create unique index \`team_member_on_duty_identity_unique\` on \`team_member\` (\`identity_hash\`) where \`status\` = 'ON_DUTY' and \`archived_at\` is null;`);
  }

}
