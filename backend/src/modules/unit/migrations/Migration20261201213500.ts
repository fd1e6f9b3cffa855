import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Approvals (审批): the 审批人 role, a unit's approval policy and its approval requests. */
export class Migration20261201213500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "unit_member" drop constraint if exists "unit_member_role_check";`
    )
    this.addSql(
      `alter table if exists "unit_member" add constraint "unit_member_role_check" check ("role" in ('admin', 'buyer', 'finance', 'approver'));`
    )
    this.addSql(
      `alter table if exists "unit" add column if not exists "approval_order_over" numeric null, add column if not exists "raw_approval_order_over" jsonb null, add column if not exists "approval_month_over" numeric null, add column if not exists "raw_approval_month_over" jsonb null;`
    )
    this.addSql(
      `create table if not exists "unit_approval" ("id" text not null, "unit_id" text not null, "kind" text check ("kind" in ('cart', 'bulk_order')) not null, "status" text check ("status" in ('pending', 'placed', 'rejected')) not null default 'pending', "amount" numeric not null, "raw_amount" jsonb not null, "reasons" jsonb not null, "summary" jsonb not null, "cart_id" text null, "input" jsonb null, "note" text null, "requested_by" text not null, "decided_by" text null, "decided_at" timestamptz null, "reason" text null, "order_ids" jsonb null, "bulk_order_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "unit_approval_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_unit_approval_deleted_at" ON "unit_approval" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_unit_approval_unit_id_status" ON "unit_approval" ("unit_id", "status") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_unit_approval_cart_id" ON "unit_approval" ("cart_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_unit_approval_status_created_at" ON "unit_approval" ("status", "created_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "unit_approval" cascade;`)
    this.addSql(
      `alter table if exists "unit" drop column if exists "approval_order_over", drop column if exists "raw_approval_order_over", drop column if exists "approval_month_over", drop column if exists "raw_approval_month_over";`
    )
    this.addSql(
      `alter table if exists "unit_member" drop constraint if exists "unit_member_role_check";`
    )
    this.addSql(
      `alter table if exists "unit_member" add constraint "unit_member_role_check" check ("role" in ('admin', 'buyer', 'finance'));`
    )
  }
}
