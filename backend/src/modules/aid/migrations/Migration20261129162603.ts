import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129162603 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "aid_town_target" drop constraint if exists "aid_town_target_town_id_year_unique";`
    )
    this.addSql(
      `alter table if exists "aid_entry" drop constraint if exists "aid_entry_entry_key_unique";`
    )
    this.addSql(
      `alter table if exists "aid_daily_total" drop constraint if exists "aid_daily_total_day_level_town_id_partner_id_buyer_kind_unique";`
    )
    this.addSql(
      `create table if not exists "aid_daily_total" ("id" text not null, "day" text not null, "level" text check ("level" in ('all', 'town', 'partner')) not null, "town_id" text not null default '', "partner_id" text not null default '', "buyer_kind" text not null, "amount" numeric not null, "quantity" integer not null default 0, "orders" integer not null default 0, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "aid_daily_total_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_aid_daily_total_deleted_at" ON "aid_daily_total" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_aid_daily_total_day_level_town_id_partner_id_buyer_kind_unique" ON "aid_daily_total" ("day", "level", "town_id", "partner_id", "buyer_kind") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_aid_daily_total_level_day" ON "aid_daily_total" ("level", "day") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "aid_entry" ("id" text not null, "entry_key" text not null, "kind" text check ("kind" in ('sale', 'edit', 'return', 'refund', 'cancellation', 'correction')) not null, "source_id" text not null, "order_id" text not null, "order_display_id" integer null, "line_item_id" text not null, "product_id" text null, "variant_id" text null, "product_title" text null, "variant_title" text null, "partner_id" text null, "town_id" text null, "quantity" integer not null, "amount" numeric not null, "currency_code" text not null, "buyer_kind" text check ("buyer_kind" in ('consumer', 'unit')) not null, "unit_id" text null, "customer_id" text null, "occurred_at" timestamptz not null, "day" text not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "aid_entry_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_aid_entry_deleted_at" ON "aid_entry" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_aid_entry_entry_key_unique" ON "aid_entry" ("entry_key") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_aid_entry_order_id" ON "aid_entry" ("order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_aid_entry_town_id_day" ON "aid_entry" ("town_id", "day") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_aid_entry_partner_id_day" ON "aid_entry" ("partner_id", "day") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_aid_entry_day" ON "aid_entry" ("day") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "aid_reconciliation" ("id" text not null, "trigger" text check ("trigger" in ('job', 'admin')) not null, "orders_checked" integer not null, "mismatch_count" integer not null, "difference_total" numeric not null, "mismatches" jsonb not null, "started_at" timestamptz not null, "finished_at" timestamptz not null, "raw_difference_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "aid_reconciliation_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_aid_reconciliation_deleted_at" ON "aid_reconciliation" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "aid_town_target" ("id" text not null, "town_id" text not null, "year" integer not null, "amount" numeric not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "aid_town_target_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_aid_town_target_deleted_at" ON "aid_town_target" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_aid_town_target_town_id_year_unique" ON "aid_town_target" ("town_id", "year") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "aid_daily_total" cascade;`)

    this.addSql(`drop table if exists "aid_entry" cascade;`)

    this.addSql(`drop table if exists "aid_reconciliation" cascade;`)

    this.addSql(`drop table if exists "aid_town_target" cascade;`)
  }
}
