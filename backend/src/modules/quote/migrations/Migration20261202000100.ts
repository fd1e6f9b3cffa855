import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Quotes (询价) of units. */
export class Migration20261202000100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "quote" ("id" text not null, "display_id" text not null, "unit_id" text not null, "status" text check ("status" in ('requested', 'quoted', 'accepted', 'declined', 'expired', 'cancelled')) not null default 'requested', "message" text null, "lines" jsonb not null, "recipient" jsonb not null, "cart_id" text not null, "source_cart_id" text not null, "list_shipping" numeric not null, "raw_list_shipping" jsonb not null, "shipping" numeric null, "raw_shipping" jsonb null, "valid_until" timestamptz null, "delivery_from" text null, "delivery_to" text null, "terms" text null, "requested_by" text not null, "quoted_at" timestamptz null, "quoted_by" text null, "decided_at" timestamptz null, "decided_by" text null, "decline_reason" text null, "approval_id" text null, "order_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "quote_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_quote_deleted_at" ON "quote" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_quote_unit_id_status" ON "quote" ("unit_id", "status") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_quote_display_id_unique" ON "quote" ("display_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_quote_order_id_unique" ON "quote" ("order_id") WHERE order_id IS NOT NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_quote_status_created_at" ON "quote" ("status", "created_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "quote" cascade;`)
  }
}
