import { Migration } from '@mikro-orm/migrations';

export class Migration20261122160000_cooperation extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "pairing" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "kind" text check ("kind" in ('EAST_WEST', 'DESIGNATED', 'INTRA_PROVINCE', 'SOE', 'ENTERPRISE_VILLAGE', 'GROUP', 'LEADER_CONTACT')) not null, "helper_region_code" varchar(12) null, "helper_organization_id" varchar(36) null, "helped_region_code" varchar(12) null, "helped_organization_id" varchar(36) null, "region_code" varchar(12) not null, "side_key" varchar(200) not null, "parent_id" varchar(36) null, "start_date" varchar(10) not null, "end_date" varchar(10) null, "status" text check ("status" in ('ACTIVE', 'ENDED')) not null default 'ACTIVE', "end_reason" text null, "target_funds" bigint null, "target_labour_transfers" int null, "target_purchases" bigint null, "predecessor_id" varchar(36) null, "successor_id" varchar(36) null, "remark" text null, constraint "pairing_pkey" primary key ("id"));`);
    this.addSql(`create index "pairing_updated_at_index" on "pairing" ("updated_at");`);
    this.addSql(`create index "pairing_kind_index" on "pairing" ("kind");`);
    this.addSql(`create index "pairing_helper_region_code_index" on "pairing" ("helper_region_code");`);
    this.addSql(`create index "pairing_helper_organization_id_index" on "pairing" ("helper_organization_id");`);
    this.addSql(`create index "pairing_helped_region_code_index" on "pairing" ("helped_region_code");`);
    this.addSql(`create index "pairing_helped_organization_id_index" on "pairing" ("helped_organization_id");`);
    this.addSql(`create index "pairing_region_code_index" on "pairing" ("region_code");`);
    this.addSql(`create index "pairing_parent_id_index" on "pairing" ("parent_id");`);
    this.addSql(`create index "pairing_start_date_index" on "pairing" ("start_date");`);
    this.addSql(`create index "pairing_status_index" on "pairing" ("status");`);
    this.addSql(`create index "pairing_predecessor_id_index" on "pairing" ("predecessor_id");`);
    this.addSql(`create index "pairing_successor_id_index" on "pairing" ("successor_id");`);
    this.addSql(`create index "pairing_status_helper_region_code_index" on "pairing" ("status", "helper_region_code");`);

    this.addSql(`create table "cooperation_project" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "pairing_id" varchar(36) not null, "county_code" varchar(12) not null, "region_code" varchar(12) not null, "name" varchar(200) not null, "category" text check ("category" in ('INDUSTRY', 'LABOR', 'TALENT', 'CONSUMPTION', 'EDUCATION', 'HEALTH', 'INDUSTRIAL_PARK', 'WORKSHOP', 'DEMO_VILLAGE', 'INFRASTRUCTURE', 'OTHER')) not null, "year" int not null, "status" text check ("status" in ('DRAFT', 'SUBMITTED', 'APPROVED', 'IN_PROGRESS', 'COMPLETED', 'ACCEPTED', 'CANCELLED')) not null default 'DRAFT', "planned_funds" bigint not null, "funds_in_place" bigint not null default 0, "funds_disbursed" bigint not null default 0, "start_date" varchar(10) null, "completion_date" varchar(10) null, "people_benefiting_poverty_exited" int not null default 0, "people_benefiting_monitored" int not null default 0, "jobs_created" int not null default 0, "enterprises_introduced" int not null default 0, "investment_attracted" bigint not null default 0, "labour_transfers" int not null default 0, "poverty_exited_labour_transfers" int not null default 0, "park_co_built" boolean not null default false, constraint "cooperation_project_pkey" primary key ("id"));`);
    this.addSql(`create index "cooperation_project_updated_at_index" on "cooperation_project" ("updated_at");`);
    this.addSql(`create index "cooperation_project_pairing_id_index" on "cooperation_project" ("pairing_id");`);
    this.addSql(`create index "cooperation_project_county_code_index" on "cooperation_project" ("county_code");`);
    this.addSql(`create index "cooperation_project_region_code_index" on "cooperation_project" ("region_code");`);
    this.addSql(`create index "cooperation_project_name_index" on "cooperation_project" ("name");`);
    this.addSql(`create index "cooperation_project_category_index" on "cooperation_project" ("category");`);
    this.addSql(`create index "cooperation_project_year_index" on "cooperation_project" ("year");`);
    this.addSql(`create index "cooperation_project_status_index" on "cooperation_project" ("status");`);
    this.addSql(`create index "cooperation_project_year_status_index" on "cooperation_project" ("year", "status");`);

    this.addSql(`create table "assistance_product" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "name" varchar(200) not null, "category" text check ("category" in ('GRAIN_OIL', 'MEAT_EGG', 'FRUIT_VEGETABLE', 'TEA', 'SPECIALTY', 'PROCESSED', 'HANDICRAFT', 'OTHER')) not null, "county_code" varchar(12) not null, "region_code" varchar(12) not null, "supplier_id" varchar(36) not null, "brand" varchar(100) null, "spec" varchar(100) null, "unit" varchar(20) not null, "price" bigint not null, "annual_supply_capacity" int null, "households_linked" int not null default 0, "status" text check ("status" in ('DRAFT', 'SUBMITTED', 'COUNTY_RECOMMENDED', 'PUBLICIZING', 'CERTIFIED', 'REJECTED', 'REVOKED', 'EXPIRED')) not null default 'DRAFT', "publicized_at" timestamptz null, "certificate_number" varchar(40) null, "valid_from" varchar(10) null, "valid_to" varchar(10) null, "revoked_on" varchar(10) null, constraint "assistance_product_pkey" primary key ("id"));`);
    this.addSql(`create index "assistance_product_updated_at_index" on "assistance_product" ("updated_at");`);
    this.addSql(`create index "assistance_product_name_index" on "assistance_product" ("name");`);
    this.addSql(`create index "assistance_product_category_index" on "assistance_product" ("category");`);
    this.addSql(`create index "assistance_product_county_code_index" on "assistance_product" ("county_code");`);
    this.addSql(`create index "assistance_product_region_code_index" on "assistance_product" ("region_code");`);
    this.addSql(`create index "assistance_product_supplier_id_index" on "assistance_product" ("supplier_id");`);
    this.addSql(`create index "assistance_product_status_index" on "assistance_product" ("status");`);
    this.addSql(`alter table "assistance_product" add constraint "assistance_product_certificate_number_unique" unique ("certificate_number");`);
    this.addSql(`create index "assistance_product_valid_from_index" on "assistance_product" ("valid_from");`);
    this.addSql(`create index "assistance_product_valid_to_index" on "assistance_product" ("valid_to");`);

    this.addSql(`create table "product_sale" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "product_id" varchar(36) not null, "month" varchar(7) not null, "channel" text check ("channel" in ('GOVERNMENT_PROCUREMENT', 'PLATFORM_832', 'COUNTER', 'HALL', 'ZONE', 'ECOMMERCE', 'LIVESTREAM', 'EAST_PARTNER', 'ENTERPRISE', 'TRADE_UNION', 'OTHER')) not null, "buyer_organization_id" varchar(36) null, "quantity" int not null, "amount" bigint not null, "region_code" varchar(12) not null, "assisted" boolean not null, constraint "product_sale_pkey" primary key ("id"));`);
    this.addSql(`create index "product_sale_updated_at_index" on "product_sale" ("updated_at");`);
    this.addSql(`create index "product_sale_product_id_index" on "product_sale" ("product_id");`);
    this.addSql(`create index "product_sale_month_index" on "product_sale" ("month");`);
    this.addSql(`create index "product_sale_channel_index" on "product_sale" ("channel");`);
    this.addSql(`create index "product_sale_buyer_organization_id_index" on "product_sale" ("buyer_organization_id");`);
    this.addSql(`create index "product_sale_region_code_index" on "product_sale" ("region_code");`);
    this.addSql(`create index "product_sale_assisted_index" on "product_sale" ("assisted");`);
    this.addSql(`create index "product_sale_region_code_month_index" on "product_sale" ("region_code", "month");`);

    this.addSql(`alter table "pairing" add constraint "pairing_helper_region_code_foreign" foreign key ("helper_region_code") references "region" ("code") on update cascade on delete set null;`);
    this.addSql(`alter table "pairing" add constraint "pairing_helper_organization_id_foreign" foreign key ("helper_organization_id") references "organization" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "pairing" add constraint "pairing_helped_region_code_foreign" foreign key ("helped_region_code") references "region" ("code") on update cascade on delete set null;`);
    this.addSql(`alter table "pairing" add constraint "pairing_helped_organization_id_foreign" foreign key ("helped_organization_id") references "organization" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "pairing" add constraint "pairing_parent_id_foreign" foreign key ("parent_id") references "pairing" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "pairing" add constraint "pairing_predecessor_id_foreign" foreign key ("predecessor_id") references "pairing" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "pairing" add constraint "pairing_successor_id_foreign" foreign key ("successor_id") references "pairing" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "cooperation_project" add constraint "cooperation_project_pairing_id_foreign" foreign key ("pairing_id") references "pairing" ("id") on update cascade;`);
    this.addSql(`alter table "cooperation_project" add constraint "cooperation_project_county_code_foreign" foreign key ("county_code") references "region" ("code") on update cascade;`);

    this.addSql(`alter table "assistance_product" add constraint "assistance_product_county_code_foreign" foreign key ("county_code") references "region" ("code") on update cascade;`);
    this.addSql(`alter table "assistance_product" add constraint "assistance_product_supplier_id_foreign" foreign key ("supplier_id") references "organization" ("id") on update cascade;`);

    this.addSql(`alter table "product_sale" add constraint "product_sale_product_id_foreign" foreign key ("product_id") references "assistance_product" ("id") on update cascade;`);
    this.addSql(`alter table "product_sale" add constraint "product_sale_buyer_organization_id_foreign" foreign key ("buyer_organization_id") references "organization" ("id") on update cascade on delete set null;`);
    // By hand: at most one ACTIVE pairing of a kind between the same two sides (kind + sides = side_key).
    this.addSql(`create unique index "pairing_active_side_key_unique" on "pairing" ("side_key") where "status" = 'ACTIVE';`);
    // By hand: prefix LIKE on region codes (jurisdiction, `within`, summaries) needs the pattern operator class on PostgreSQL.
    for (const [table, column] of [['pairing', 'region_code'], ['pairing', 'helper_region_code'], ['pairing', 'helped_region_code'], ['cooperation_project', 'region_code'], ['assistance_product', 'region_code'], ['product_sale', 'region_code'], ['product_sale', 'month']]) {
      this.addSql(`create index if not exists "${table}_${column}_pattern_index" on "${table}" ("${column}" text_pattern_ops);`);
    }
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "pairing" drop constraint "pairing_parent_id_foreign";`);

    this.addSql(`alter table "pairing" drop constraint "pairing_predecessor_id_foreign";`);

    this.addSql(`alter table "pairing" drop constraint "pairing_successor_id_foreign";`);

    this.addSql(`alter table "cooperation_project" drop constraint "cooperation_project_pairing_id_foreign";`);

    this.addSql(`alter table "product_sale" drop constraint "product_sale_product_id_foreign";`);

    this.addSql(`drop table if exists "pairing" cascade;`);

    this.addSql(`drop table if exists "cooperation_project" cascade;`);

    this.addSql(`drop table if exists "assistance_product" cascade;`);

    this.addSql(`drop table if exists "product_sale" cascade;`);
  }

}
