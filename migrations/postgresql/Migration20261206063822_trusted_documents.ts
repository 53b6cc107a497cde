import { Migration } from '@mikro-orm/migrations';

/** Trusted documents (operations registered per API key) and the key's switch to require them. */
export class Migration20261206063822_trusted_documents extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "trusted_document" ("id" varchar(36) not null, "api_key_id" varchar(36) not null, "sha256hash" varchar(64) not null, "operation_name" varchar(200) null, "document" text not null, "created_at" timestamptz not null, "last_used_at" timestamptz null, constraint "trusted_document_pkey" primary key ("id"));`);
    this.addSql(`create index "trusted_document_api_key_id_index" on "trusted_document" ("api_key_id");`);
    this.addSql(`create index "trusted_document_sha256hash_index" on "trusted_document" ("sha256hash");`);
    this.addSql(`alter table "trusted_document" add constraint "trusted_document_api_key_id_sha256hash_unique" unique ("api_key_id", "sha256hash");`);
    this.addSql(`alter table "trusted_document" add constraint "trusted_document_api_key_id_foreign" foreign key ("api_key_id") references "api_key" ("id") on update cascade;`);
    this.addSql(`alter table "api_key" add column "trusted_documents_only" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "trusted_document";`);
    this.addSql(`alter table "api_key" drop column "trusted_documents_only";`);
  }
}
