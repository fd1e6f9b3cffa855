import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Quotes from a bulk-order file: the source, the checked rows, the bulk order made on acceptance. */
export class Migration20261202030100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "quote" alter column "cart_id" drop not null;`)
    this.addSql(`alter table if exists "quote" alter column "source_cart_id" drop not null;`)
    this.addSql(
      `alter table if exists "quote" add column if not exists "source" text check ("source" in ('cart', 'bulk_order')) not null default 'cart', add column if not exists "bulk" jsonb null, add column if not exists "bulk_order_id" text null;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_quote_bulk_order_id_unique" ON "quote" ("bulk_order_id") WHERE bulk_order_id IS NOT NULL AND deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_quote_bulk_order_id_unique";`)
    this.addSql(
      `alter table if exists "quote" drop column if exists "source", drop column if exists "bulk", drop column if exists "bulk_order_id";`
    )
  }
}
