import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201113234 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "remittance_receipt" ("id" text not null, "payment_id" text not null, "order_id" text null, "amount" numeric not null, "currency_code" text not null, "payer_name" text not null, "received_on" text null, "note" text null, "recorded_by" text null, "outcome" text check ("outcome" in ('partial', 'paid', 'overpaid')) not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "remittance_receipt_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_remittance_receipt_deleted_at" ON "remittance_receipt" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_remittance_receipt_payment_id" ON "remittance_receipt" ("payment_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_remittance_receipt_order_id" ON "remittance_receipt" ("order_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "remittance_receipt" cascade;`)
  }
}
