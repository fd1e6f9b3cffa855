import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201211500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "payment_reconciliation_run" ("id" text not null, "provider" text check ("provider" in ('wechatpay', 'alipay')) not null, "bill_date" text not null, "status" text check ("status" in ('balanced', 'differences', 'failed')) not null, "bill_count" integer not null default 0, "shop_count" integer not null default 0, "bill_total" numeric not null, "shop_total" numeric not null, "difference_count" integer not null default 0, "error" text null, "trigger" text check ("trigger" in ('job', 'admin')) not null, "raw_bill_total" jsonb not null, "raw_shop_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payment_reconciliation_run_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payment_reconciliation_run_deleted_at" ON "payment_reconciliation_run" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payment_reconciliation_run_provider_bill_date_unique" ON "payment_reconciliation_run" ("provider", "bill_date") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payment_reconciliation_run_status" ON "payment_reconciliation_run" ("status") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `create table if not exists "payment_reconciliation_difference" ("id" text not null, "kind" text check ("kind" in ('missing_in_shop', 'missing_in_bill', 'amount_mismatch')) not null, "direction" text check ("direction" in ('payment', 'refund')) not null, "out_trade_no" text not null, "transaction_id" text null, "bill_amount" numeric null, "shop_amount" numeric null, "payment_id" text null, "order_id" text null, "display_id" integer null, "resolved_at" timestamptz null, "resolved_by" text null, "resolution_note" text null, "run_id" text not null, "raw_bill_amount" jsonb null, "raw_shop_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payment_reconciliation_difference_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payment_reconciliation_difference_run_id" ON "payment_reconciliation_difference" ("run_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payment_reconciliation_difference_deleted_at" ON "payment_reconciliation_difference" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payment_reconciliation_difference_out_trade_no" ON "payment_reconciliation_difference" ("out_trade_no") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payment_reconciliation_difference_resolved_at" ON "payment_reconciliation_difference" ("resolved_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `alter table if exists "payment_reconciliation_difference" add constraint "payment_reconciliation_difference_run_id_foreign" foreign key ("run_id") references "payment_reconciliation_run" ("id") on update cascade on delete cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "payment_reconciliation_difference" drop constraint if exists "payment_reconciliation_difference_run_id_foreign";`
    )
    this.addSql(`drop table if exists "payment_reconciliation_difference" cascade;`)
    this.addSql(`drop table if exists "payment_reconciliation_run" cascade;`)
  }
}
