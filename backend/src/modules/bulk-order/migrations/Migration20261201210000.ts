import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** The `paying` status and the background payment's progress (issue 12: paying in the background). */
export class Migration20261201210000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "bulk_order" drop constraint if exists "bulk_order_status_check";`
    )
    this.addSql(
      `alter table if exists "bulk_order" add constraint "bulk_order_status_check" check ("status" in ('awaiting_payment', 'paying', 'paid', 'canceled'));`
    )
    this.addSql(
      `alter table if exists "bulk_order" add column if not exists "payment_info" jsonb null, add column if not exists "paying_since" timestamptz null, add column if not exists "captured_parcels" integer not null default 0, add column if not exists "payment_failures" integer not null default 0, add column if not exists "payment_error" text null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "bulk_order" drop column if exists "payment_info", drop column if exists "paying_since", drop column if exists "captured_parcels", drop column if exists "payment_failures", drop column if exists "payment_error";`
    )
    this.addSql(
      `alter table if exists "bulk_order" drop constraint if exists "bulk_order_status_check";`
    )
    this.addSql(
      `alter table if exists "bulk_order" add constraint "bulk_order_status_check" check ("status" in ('awaiting_payment', 'paid', 'canceled'));`
    )
  }
}
