import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201150157 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "unit_member" drop constraint if exists "unit_member_customer_id_unique";`
    )
    this.addSql(`alter table if exists "unit" drop constraint if exists "unit_credit_code_unique";`)
    this.addSql(
      `create table if not exists "unit" ("id" text not null, "name" text not null, "kind" text check ("kind" in ('party_government', 'public_institution', 'state_enterprise', 'trade_union', 'private_enterprise', 'social_organization')) not null, "credit_code" text not null, "invoice" jsonb not null, "contacts" jsonb not null, "headcount" integer null, "status" text check ("status" in ('pending', 'verified', 'disabled')) not null default 'pending', "verified_at" timestamptz null, "verified_by" text null, "reason" text null, "customer_group_id" text null, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "unit_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_unit_deleted_at" ON "unit" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_unit_credit_code_unique" ON "unit" ("credit_code") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_unit_status" ON "unit" ("status") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_unit_kind" ON "unit" ("kind") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_unit_customer_group_id" ON "unit" ("customer_group_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "unit_member" ("id" text not null, "customer_id" text not null, "role" text check ("role" in ('admin', 'buyer', 'finance')) not null, "created_by" text null, "unit_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "unit_member_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_unit_member_unit_id" ON "unit_member" ("unit_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_unit_member_deleted_at" ON "unit_member" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_unit_member_customer_id_unique" ON "unit_member" ("customer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_unit_member_unit_id_role" ON "unit_member" ("unit_id", "role") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "unit_member" add constraint "unit_member_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "unit_member" drop constraint if exists "unit_member_unit_id_foreign";`
    )

    this.addSql(`drop table if exists "unit" cascade;`)

    this.addSql(`drop table if exists "unit_member" cascade;`)
  }
}
