import { Migration } from '@mikro-orm/migrations';

/** Trusted documents (operations registered per API key) and the key's switch to require them. */
export class Migration20261206063819_trusted_documents extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table \`trusted_document\` (\`id\` text not null, \`api_key_id\` text not null, \`sha256hash\` text not null, \`operation_name\` text null, \`document\` text not null, \`created_at\` datetime not null, \`last_used_at\` datetime null, constraint \`trusted_document_api_key_id_foreign\` foreign key(\`api_key_id\`) references \`api_key\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`trusted_document_api_key_id_index\` on \`trusted_document\` (\`api_key_id\`);`);
    this.addSql(`create index \`trusted_document_sha256hash_index\` on \`trusted_document\` (\`sha256hash\`);`);
    this.addSql(`create unique index \`trusted_document_api_key_id_sha256hash_unique\` on \`trusted_document\` (\`api_key_id\`, \`sha256hash\`);`);
    this.addSql(`alter table \`api_key\` add column \`trusted_documents_only\` integer not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`trusted_document\`;`);
    this.addSql(`alter table \`api_key\` drop column \`trusted_documents_only\`;`);
  }
}
