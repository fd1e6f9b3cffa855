import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129170746 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "farm_variant_setting" drop constraint if exists "farm_variant_setting_variant_id_unique";`
    )
    this.addSql(
      `alter table if exists "farm_staff_invite" drop constraint if exists "farm_staff_invite_invite_id_unique";`
    )
    this.addSql(
      `alter table if exists "farm_batch" drop constraint if exists "farm_batch_partner_id_batch_code_unique";`
    )
    this.addSql(
      `create table if not exists "farm_batch" ("id" text not null, "partner_id" text not null, "product_id" text not null, "variant_id" text not null, "inventory_item_id" text not null, "location_id" text not null, "batch_code" text not null, "harvested_on" text not null, "quantity" integer not null, "note" text null, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "farm_batch_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_farm_batch_deleted_at" ON "farm_batch" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_farm_batch_partner_id_batch_code_unique" ON "farm_batch" ("partner_id", "batch_code") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_farm_batch_variant_id" ON "farm_batch" ("variant_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "farm_staff_invite" ("id" text not null, "partner_id" text not null, "email" text not null, "invite_id" text not null, "invited_by" text null, "user_id" text null, "accepted_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "farm_staff_invite_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_farm_staff_invite_deleted_at" ON "farm_staff_invite" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_farm_staff_invite_email" ON "farm_staff_invite" ("email") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_farm_staff_invite_invite_id_unique" ON "farm_staff_invite" ("invite_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_farm_staff_invite_partner_id" ON "farm_staff_invite" ("partner_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "farm_stock_audit" ("id" text not null, "partner_id" text not null, "product_id" text null, "variant_id" text not null, "inventory_item_id" text not null, "location_id" text not null, "reason" text check ("reason" in ('sale', 'manual', 'batch', 'return', 'presale')) not null, "before" integer not null, "after" integer not null, "delta" integer not null, "actor_type" text not null, "actor_id" text null, "reference_id" text null, "note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "farm_stock_audit_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_farm_stock_audit_deleted_at" ON "farm_stock_audit" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_farm_stock_audit_partner_id_created_at" ON "farm_stock_audit" ("partner_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_farm_stock_audit_variant_id_created_at" ON "farm_stock_audit" ("variant_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_farm_stock_audit_reference_id" ON "farm_stock_audit" ("reference_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "farm_variant_setting" ("id" text not null, "variant_id" text not null, "partner_id" text not null, "low_stock_threshold" integer null, "low_stock_alerted" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "farm_variant_setting_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_farm_variant_setting_deleted_at" ON "farm_variant_setting" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_farm_variant_setting_variant_id_unique" ON "farm_variant_setting" ("variant_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_farm_variant_setting_partner_id" ON "farm_variant_setting" ("partner_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "farm_batch" cascade;`)

    this.addSql(`drop table if exists "farm_staff_invite" cascade;`)

    this.addSql(`drop table if exists "farm_stock_audit" cascade;`)

    this.addSql(`drop table if exists "farm_variant_setting" cascade;`)
  }
}
