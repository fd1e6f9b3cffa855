import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201220000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "invoice_request" ("id" text not null, "order_id" text null, "bulk_order_id" text null, "unit_id" text null, "requested_by" text not null, "kind" text check ("kind" in ('normal', 'special')) not null, "title" text not null, "tax_id" text not null, "registered_address" text null, "registered_phone" text null, "bank_name" text null, "bank_account" text null, "amount" numeric not null, "email" text not null, "status" text check ("status" in ('pending', 'issued', 'needs_reversal', 'reversed')) not null default 'pending', "number" text null, "issued_on" text null, "issued_by" text null, "file_id" text null, "file_name" text null, "flagged_at" timestamptz null, "reversed_at" timestamptz null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "invoice_request_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_invoice_request_deleted_at" ON "invoice_request" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_invoice_request_order_id" ON "invoice_request" ("order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_invoice_request_bulk_order_id" ON "invoice_request" ("bulk_order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_invoice_request_unit_id_created_at" ON "invoice_request" ("unit_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_invoice_request_status_created_at" ON "invoice_request" ("status", "created_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "invoice_request" cascade;`)
  }
}
