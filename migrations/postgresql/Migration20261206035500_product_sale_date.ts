import { Migration } from '@mikro-orm/migrations';

/* Written by hand: a sale row may be one dated sale; the certificate in force on that date decides whether it is assisted. */
export class Migration20261206035500_product_sale_date extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "product_sale" add column "sale_date" varchar(10) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "product_sale" drop column "sale_date";`);
  }

}
