import { Migration } from '@mikro-orm/migrations';

/** Indexes for every filter and sort the API offers (tests/platform/indexes.test.ts checks them with EXPLAIN). */
export class Migration20261122182534_filter_sort_indexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index \`audit_log_actor_name_index\` on \`audit_log\` (\`actor_name\`);`);
    this.addSql(`create index \`audit_log_request_id_index\` on \`audit_log\` (\`request_id\`);`);
    this.addSql(`create index \`region_created_at_index\` on \`region\` (\`created_at\`);`);
    this.addSql(`create index \`region_poverty_exited_county_index\` on \`region\` (\`poverty_exited_county\`);`);
    this.addSql(`create index \`person_created_at_index\` on \`person\` (\`created_at\`);`);
    this.addSql(`create index \`person_gender_index\` on \`person\` (\`gender\`);`);
    this.addSql(`create index \`person_labour_capacity_index\` on \`person\` (\`labour_capacity\`);`);
    this.addSql(`create index \`person_disabled_index\` on \`person\` (\`disabled\`);`);
    this.addSql(`create index \`person_village_cadre_or_relative_index\` on \`person\` (\`village_cadre_or_relative\`);`);
    this.addSql(`create index \`organization_created_at_index\` on \`organization\` (\`created_at\`);`);
    this.addSql(`create index \`pairing_created_at_index\` on \`pairing\` (\`created_at\`);`);
    this.addSql(`create index \`key_county_created_at_index\` on \`key_county\` (\`created_at\`);`);
    this.addSql(`create index \`fund_allocation_created_at_index\` on \`fund_allocation\` (\`created_at\`);`);
    this.addSql(`create index \`county_evaluation_created_at_index\` on \`county_evaluation\` (\`created_at\`);`);
    this.addSql(`create index \`cooperation_project_created_at_index\` on \`cooperation_project\` (\`created_at\`);`);
    this.addSql(`create index \`cooperation_project_park_co_built_index\` on \`cooperation_project\` (\`park_co_built\`);`);
    this.addSql(`create index \`assistance_product_created_at_index\` on \`assistance_product\` (\`created_at\`);`);
    this.addSql(`create index \`product_sale_created_at_index\` on \`product_sale\` (\`created_at\`);`);
    this.addSql(`create index \`training_created_at_index\` on \`training\` (\`created_at\`);`);
    this.addSql(`create index \`app_user_created_at_index\` on \`app_user\` (\`created_at\`);`);
    this.addSql(`create index \`app_user_display_name_index\` on \`app_user\` (\`display_name\`);`);
    this.addSql(`create index \`app_user_disabled_index\` on \`app_user\` (\`disabled\`);`);
    this.addSql(`create index \`api_key_created_at_index\` on \`api_key\` (\`created_at\`);`);
    this.addSql(`create index \`api_key_revoked_at_index\` on \`api_key\` (\`revoked_at\`);`);
    this.addSql(`create index \`welfare_post_created_at_index\` on \`welfare_post\` (\`created_at\`);`);
    this.addSql(`create index \`job_placement_created_at_index\` on \`job_placement\` (\`created_at\`);`);
    this.addSql(`create index \`subsidy_payment_created_at_index\` on \`subsidy_payment\` (\`created_at\`);`);
    this.addSql(`create index \`work_team_created_at_index\` on \`work_team\` (\`created_at\`);`);
    this.addSql(`create index \`team_member_created_at_index\` on \`team_member\` (\`created_at\`);`);
    this.addSql(`create index \`team_member_party_member_index\` on \`team_member\` (\`party_member\`);`);
    this.addSql(`create index \`training_attendance_created_at_index\` on \`training_attendance\` (\`created_at\`);`);
    this.addSql(`create index \`member_assessment_created_at_index\` on \`member_assessment\` (\`created_at\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists \`audit_log_actor_name_index\`;`);
    this.addSql(`drop index if exists \`audit_log_request_id_index\`;`);
    this.addSql(`drop index if exists \`region_created_at_index\`;`);
    this.addSql(`drop index if exists \`region_poverty_exited_county_index\`;`);
    this.addSql(`drop index if exists \`person_created_at_index\`;`);
    this.addSql(`drop index if exists \`person_gender_index\`;`);
    this.addSql(`drop index if exists \`person_labour_capacity_index\`;`);
    this.addSql(`drop index if exists \`person_disabled_index\`;`);
    this.addSql(`drop index if exists \`person_village_cadre_or_relative_index\`;`);
    this.addSql(`drop index if exists \`organization_created_at_index\`;`);
    this.addSql(`drop index if exists \`pairing_created_at_index\`;`);
    this.addSql(`drop index if exists \`key_county_created_at_index\`;`);
    this.addSql(`drop index if exists \`fund_allocation_created_at_index\`;`);
    this.addSql(`drop index if exists \`county_evaluation_created_at_index\`;`);
    this.addSql(`drop index if exists \`cooperation_project_created_at_index\`;`);
    this.addSql(`drop index if exists \`cooperation_project_park_co_built_index\`;`);
    this.addSql(`drop index if exists \`assistance_product_created_at_index\`;`);
    this.addSql(`drop index if exists \`product_sale_created_at_index\`;`);
    this.addSql(`drop index if exists \`training_created_at_index\`;`);
    this.addSql(`drop index if exists \`app_user_created_at_index\`;`);
    this.addSql(`drop index if exists \`app_user_display_name_index\`;`);
    this.addSql(`drop index if exists \`app_user_disabled_index\`;`);
    this.addSql(`drop index if exists \`api_key_created_at_index\`;`);
    this.addSql(`drop index if exists \`api_key_revoked_at_index\`;`);
    this.addSql(`drop index if exists \`welfare_post_created_at_index\`;`);
    this.addSql(`drop index if exists \`job_placement_created_at_index\`;`);
    this.addSql(`drop index if exists \`subsidy_payment_created_at_index\`;`);
    this.addSql(`drop index if exists \`work_team_created_at_index\`;`);
    this.addSql(`drop index if exists \`team_member_created_at_index\`;`);
    this.addSql(`drop index if exists \`team_member_party_member_index\`;`);
    this.addSql(`drop index if exists \`training_attendance_created_at_index\`;`);
    this.addSql(`drop index if exists \`member_assessment_created_at_index\`;`);
  }

}
