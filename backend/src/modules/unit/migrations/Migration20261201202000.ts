import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** A unit's negotiated price list (协议价). */
export class Migration20261201202000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "unit" add column if not exists "price_list_id" text null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "unit" drop column if exists "price_list_id";`)
  }
}
