import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201173000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "bulk_order" drop constraint if exists "bulk_order_reference_unique";`
    )
    this.addSql(
      `create table if not exists "bulk_order" ("id" text not null, "unit_id" text not null, "customer_id" text not null, "reference" text not null, "amount" numeric not null, "currency_code" text not null default 'cny', "status" text check ("status" in ('awaiting_payment', 'paid', 'canceled')) not null default 'awaiting_payment', "payment_deadline" timestamptz not null, "po_number" text null, "note" text null, "parcels" integer not null, "paid_at" timestamptz null, "canceled_at" timestamptz null, "cancel_reason" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bulk_order_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_bulk_order_deleted_at" ON "bulk_order" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bulk_order_reference_unique" ON "bulk_order" ("reference") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_bulk_order_unit_id_created_at" ON "bulk_order" ("unit_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_bulk_order_status_payment_deadline" ON "bulk_order" ("status", "payment_deadline") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "bulk_order" cascade;`)
  }
}
