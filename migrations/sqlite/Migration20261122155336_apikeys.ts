import { Migration } from '@mikro-orm/migrations';

export class Migration20261122155336_apikeys extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`api_key\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`archived_at\` datetime null, \`name\` text not null, \`prefix\` text not null, \`key_hash\` text not null, \`scopes\` json not null, \`can_write\` integer not null default false, \`region_code\` text null, \`organization_id\` text null, \`expires_at\` datetime not null, \`rate_limit_per_minute\` integer not null, \`revoked_at\` datetime null, \`last_used_at\` datetime null, \`created_by_id\` text null, constraint \`api_key_region_code_foreign\` foreign key(\`region_code\`) references \`region\`(\`code\`) on delete set null on update cascade, constraint \`api_key_organization_id_foreign\` foreign key(\`organization_id\`) references \`organization\`(\`id\`) on delete set null on update cascade, constraint \`api_key_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`api_key_updated_at_index\` on \`api_key\` (\`updated_at\`);`);
    this.addSql(`create index \`api_key_name_index\` on \`api_key\` (\`name\`);`);
    this.addSql(`create unique index \`api_key_key_hash_unique\` on \`api_key\` (\`key_hash\`);`);
    this.addSql(`create index \`api_key_region_code_index\` on \`api_key\` (\`region_code\`);`);
    this.addSql(`create index \`api_key_organization_id_index\` on \`api_key\` (\`organization_id\`);`);
    this.addSql(`create index \`api_key_expires_at_index\` on \`api_key\` (\`expires_at\`);`);
    this.addSql(`create index \`api_key_created_by_id_index\` on \`api_key\` (\`created_by_id\`);`);

  }

}
