import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201203000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "aid_quota" ("id" text not null, "unit_id" text not null, "year" integer not null, "basis" text check ("basis" in ('amount', 'per_member')) not null, "amount" numeric not null, "per_member" numeric null, "headcount" integer null, "updated_by" text null, "raw_amount" jsonb not null, "raw_per_member" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "aid_quota_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_aid_quota_deleted_at" ON "aid_quota" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_aid_quota_unit_id_year_unique" ON "aid_quota" ("unit_id", "year") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_aid_quota_year" ON "aid_quota" ("year") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `create table if not exists "aid_statement" ("id" text not null, "code" text not null, "unit_id" text not null, "unit_name" text not null, "credit_code" text not null, "from_day" text not null, "to_day" text not null, "total" numeric not null, "content" jsonb not null, "fingerprint" text not null, "entry_count" integer not null, "issued_by" text check ("issued_by" in ('unit', 'support')) not null, "issued_by_id" text null, "raw_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "aid_statement_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_aid_statement_deleted_at" ON "aid_statement" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_aid_statement_code_unique" ON "aid_statement" ("code") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_aid_statement_unit_id_created_at" ON "aid_statement" ("unit_id", "created_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "aid_quota" cascade;`)
    this.addSql(`drop table if exists "aid_statement" cascade;`)
  }
}
