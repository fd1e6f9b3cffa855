import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201154345 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "remittance_credit" drop constraint if exists "remittance_credit_bank_serial_unique";`
    )
    this.addSql(
      `create table if not exists "remittance_credit" ("id" text not null, "amount" numeric not null, "currency_code" text not null default 'cny', "payer_name" text not null, "payer_account" text null, "bank" text null, "paid_on" text not null, "paid_at" timestamptz null, "bank_serial" text null, "remark" text null, "source" text check ("source" in ('manual', 'import')) not null, "import_id" text null, "import_row" integer null, "status" text check ("status" in ('matched', 'underpaid', 'overpaid', 'name_mismatch', 'unmatched')) not null, "reason" text check ("reason" in ('no_reference', 'unknown_reference', 'several_references', 'already_paid', 'canceled')) null, "reference" text null, "target_kind" text null, "target_id" text null, "expected_amount" numeric null, "expected_payer" text null, "captured_amount" numeric null, "payment_ids" jsonb null, "recorded_by" text null, "confirmed_by" text null, "confirmed_at" timestamptz null, "raw_amount" jsonb not null, "raw_expected_amount" jsonb null, "raw_captured_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "remittance_credit_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_remittance_credit_deleted_at" ON "remittance_credit" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_remittance_credit_bank_serial_unique" ON "remittance_credit" ("bank_serial") WHERE bank_serial IS NOT NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_remittance_credit_status" ON "remittance_credit" ("status") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_remittance_credit_reference" ON "remittance_credit" ("reference") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_remittance_credit_import_id" ON "remittance_credit" ("import_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "remittance_credit" cascade;`)
  }
}
