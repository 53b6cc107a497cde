import { Migration } from '@mikro-orm/migrations';

export class Migration20261122160000_cooperation extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`pairing\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`archived_at\` datetime null, \`kind\` text check (\`kind\` in ('EAST_WEST', 'DESIGNATED', 'INTRA_PROVINCE', 'SOE', 'ENTERPRISE_VILLAGE', 'GROUP', 'LEADER_CONTACT')) not null, \`helper_region_code\` text null, \`helper_organization_id\` text null, \`helped_region_code\` text null, \`helped_organization_id\` text null, \`region_code\` text not null, \`side_key\` text not null, \`parent_id\` text null, \`start_date\` text not null, \`end_date\` text null, \`status\` text check (\`status\` in ('ACTIVE', 'ENDED')) not null default 'ACTIVE', \`end_reason\` text null, \`target_funds\` bigint null, \`target_labour_transfers\` integer null, \`target_purchases\` bigint null, \`predecessor_id\` text null, \`successor_id\` text null, \`remark\` text null, constraint \`pairing_helper_region_code_foreign\` foreign key(\`helper_region_code\`) references \`region\`(\`code\`) on delete set null on update cascade, constraint \`pairing_helper_organization_id_foreign\` foreign key(\`helper_organization_id\`) references \`organization\`(\`id\`) on delete set null on update cascade, constraint \`pairing_helped_region_code_foreign\` foreign key(\`helped_region_code\`) references \`region\`(\`code\`) on delete set null on update cascade, constraint \`pairing_helped_organization_id_foreign\` foreign key(\`helped_organization_id\`) references \`organization\`(\`id\`) on delete set null on update cascade, constraint \`pairing_parent_id_foreign\` foreign key(\`parent_id\`) references \`pairing\`(\`id\`) on delete set null on update cascade, constraint \`pairing_predecessor_id_foreign\` foreign key(\`predecessor_id\`) references \`pairing\`(\`id\`) on delete set null on update cascade, constraint \`pairing_successor_id_foreign\` foreign key(\`successor_id\`) references \`pairing\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`pairing_updated_at_index\` on \`pairing\` (\`updated_at\`);`);
    this.addSql(`create index \`pairing_kind_index\` on \`pairing\` (\`kind\`);`);
    this.addSql(`create index \`pairing_helper_region_code_index\` on \`pairing\` (\`helper_region_code\`);`);
    this.addSql(`create index \`pairing_helper_organization_id_index\` on \`pairing\` (\`helper_organization_id\`);`);
    this.addSql(`create index \`pairing_helped_region_code_index\` on \`pairing\` (\`helped_region_code\`);`);
    this.addSql(`create index \`pairing_helped_organization_id_index\` on \`pairing\` (\`helped_organization_id\`);`);
    this.addSql(`create index \`pairing_region_code_index\` on \`pairing\` (\`region_code\`);`);
    this.addSql(`create index \`pairing_parent_id_index\` on \`pairing\` (\`parent_id\`);`);
    this.addSql(`create index \`pairing_start_date_index\` on \`pairing\` (\`start_date\`);`);
    this.addSql(`create index \`pairing_status_index\` on \`pairing\` (\`status\`);`);
    this.addSql(`create index \`pairing_predecessor_id_index\` on \`pairing\` (\`predecessor_id\`);`);
    this.addSql(`create index \`pairing_successor_id_index\` on \`pairing\` (\`successor_id\`);`);
    this.addSql(`create index \`pairing_status_helper_region_code_index\` on \`pairing\` (\`status\`, \`helper_region_code\`);`);

    this.addSql(`create table \`cooperation_project\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`archived_at\` datetime null, \`pairing_id\` text not null, \`county_code\` text not null, \`region_code\` text not null, \`name\` text not null, \`category\` text check (\`category\` in ('INDUSTRY', 'LABOR', 'TALENT', 'CONSUMPTION', 'EDUCATION', 'HEALTH', 'INDUSTRIAL_PARK', 'WORKSHOP', 'DEMO_VILLAGE', 'INFRASTRUCTURE', 'OTHER')) not null, \`year\` integer not null, \`status\` text check (\`status\` in ('DRAFT', 'SUBMITTED', 'APPROVED', 'IN_PROGRESS', 'COMPLETED', 'ACCEPTED', 'CANCELLED')) not null default 'DRAFT', \`planned_funds\` bigint not null, \`funds_in_place\` bigint not null default 0, \`funds_disbursed\` bigint not null default 0, \`start_date\` text null, \`completion_date\` text null, \`people_benefiting_poverty_exited\` integer not null default 0, \`people_benefiting_monitored\` integer not null default 0, \`jobs_created\` integer not null default 0, \`enterprises_introduced\` integer not null default 0, \`investment_attracted\` bigint not null default 0, \`labour_transfers\` integer not null default 0, \`poverty_exited_labour_transfers\` integer not null default 0, \`park_co_built\` integer not null default false, constraint \`cooperation_project_pairing_id_foreign\` foreign key(\`pairing_id\`) references \`pairing\`(\`id\`) on update cascade, constraint \`cooperation_project_county_code_foreign\` foreign key(\`county_code\`) references \`region\`(\`code\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`cooperation_project_updated_at_index\` on \`cooperation_project\` (\`updated_at\`);`);
    this.addSql(`create index \`cooperation_project_pairing_id_index\` on \`cooperation_project\` (\`pairing_id\`);`);
    this.addSql(`create index \`cooperation_project_county_code_index\` on \`cooperation_project\` (\`county_code\`);`);
    this.addSql(`create index \`cooperation_project_region_code_index\` on \`cooperation_project\` (\`region_code\`);`);
    this.addSql(`create index \`cooperation_project_name_index\` on \`cooperation_project\` (\`name\`);`);
    this.addSql(`create index \`cooperation_project_category_index\` on \`cooperation_project\` (\`category\`);`);
    this.addSql(`create index \`cooperation_project_year_index\` on \`cooperation_project\` (\`year\`);`);
    this.addSql(`create index \`cooperation_project_status_index\` on \`cooperation_project\` (\`status\`);`);
    this.addSql(`create index \`cooperation_project_year_status_index\` on \`cooperation_project\` (\`year\`, \`status\`);`);

    this.addSql(`create table \`assistance_product\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`archived_at\` datetime null, \`name\` text not null, \`category\` text check (\`category\` in ('GRAIN_OIL', 'MEAT_EGG', 'FRUIT_VEGETABLE', 'TEA', 'SPECIALTY', 'PROCESSED', 'HANDICRAFT', 'OTHER')) not null, \`county_code\` text not null, \`region_code\` text not null, \`supplier_id\` text not null, \`brand\` text null, \`spec\` text null, \`unit\` text not null, \`price\` bigint not null, \`annual_supply_capacity\` integer null, \`households_linked\` integer not null default 0, \`status\` text check (\`status\` in ('DRAFT', 'SUBMITTED', 'COUNTY_RECOMMENDED', 'PUBLICIZING', 'CERTIFIED', 'REJECTED', 'REVOKED', 'EXPIRED')) not null default 'DRAFT', \`publicized_at\` datetime null, \`certificate_number\` text null, \`valid_from\` text null, \`valid_to\` text null, \`revoked_on\` text null, constraint \`assistance_product_county_code_foreign\` foreign key(\`county_code\`) references \`region\`(\`code\`) on update cascade, constraint \`assistance_product_supplier_id_foreign\` foreign key(\`supplier_id\`) references \`organization\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`assistance_product_updated_at_index\` on \`assistance_product\` (\`updated_at\`);`);
    this.addSql(`create index \`assistance_product_name_index\` on \`assistance_product\` (\`name\`);`);
    this.addSql(`create index \`assistance_product_category_index\` on \`assistance_product\` (\`category\`);`);
    this.addSql(`create index \`assistance_product_county_code_index\` on \`assistance_product\` (\`county_code\`);`);
    this.addSql(`create index \`assistance_product_region_code_index\` on \`assistance_product\` (\`region_code\`);`);
    this.addSql(`create index \`assistance_product_supplier_id_index\` on \`assistance_product\` (\`supplier_id\`);`);
    this.addSql(`create index \`assistance_product_status_index\` on \`assistance_product\` (\`status\`);`);
    this.addSql(`create unique index \`assistance_product_certificate_number_unique\` on \`assistance_product\` (\`certificate_number\`);`);
    this.addSql(`create index \`assistance_product_valid_from_index\` on \`assistance_product\` (\`valid_from\`);`);
    this.addSql(`create index \`assistance_product_valid_to_index\` on \`assistance_product\` (\`valid_to\`);`);

    this.addSql(`create table \`product_sale\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`archived_at\` datetime null, \`product_id\` text not null, \`month\` text not null, \`channel\` text check (\`channel\` in ('GOVERNMENT_PROCUREMENT', 'PLATFORM_832', 'COUNTER', 'HALL', 'ZONE', 'ECOMMERCE', 'LIVESTREAM', 'EAST_PARTNER', 'ENTERPRISE', 'TRADE_UNION', 'OTHER')) not null, \`buyer_organization_id\` text null, \`quantity\` integer not null, \`amount\` bigint not null, \`region_code\` text not null, \`assisted\` integer not null, constraint \`product_sale_product_id_foreign\` foreign key(\`product_id\`) references \`assistance_product\`(\`id\`) on update cascade, constraint \`product_sale_buyer_organization_id_foreign\` foreign key(\`buyer_organization_id\`) references \`organization\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`product_sale_updated_at_index\` on \`product_sale\` (\`updated_at\`);`);
    this.addSql(`create index \`product_sale_product_id_index\` on \`product_sale\` (\`product_id\`);`);
    this.addSql(`create index \`product_sale_month_index\` on \`product_sale\` (\`month\`);`);
    this.addSql(`create index \`product_sale_channel_index\` on \`product_sale\` (\`channel\`);`);
    this.addSql(`create index \`product_sale_buyer_organization_id_index\` on \`product_sale\` (\`buyer_organization_id\`);`);
    this.addSql(`create index \`product_sale_region_code_index\` on \`product_sale\` (\`region_code\`);`);
    this.addSql(`create index \`product_sale_assisted_index\` on \`product_sale\` (\`assisted\`);`);
    this.addSql(`create index \`product_sale_region_code_month_index\` on \`product_sale\` (\`region_code\`, \`month\`);`);

    // By hand: at most one ACTIVE pairing of a kind between the same two sides (kind + sides = side_key).
    this.addSql(`create unique index \`pairing_active_side_key_unique\` on \`pairing\` (\`side_key\`) where \`status\` = 'ACTIVE';`);
    // (The generator also emitted a rebuild of region, person and organization identical to the
    // initial migration — a SQLite diff artefact — removed here because nothing in them changed.)
  }

}
