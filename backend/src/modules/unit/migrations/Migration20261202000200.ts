import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Approval requests of a third kind: accepting a quote (询价). */
export class Migration20261202000200 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "unit_approval" drop constraint if exists "unit_approval_kind_check";`
    )
    this.addSql(
      `alter table if exists "unit_approval" add constraint "unit_approval_kind_check" check ("kind" in ('cart', 'bulk_order', 'quote'));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "unit_approval" drop constraint if exists "unit_approval_kind_check";`
    )
    this.addSql(
      `alter table if exists "unit_approval" add constraint "unit_approval_kind_check" check ("kind" in ('cart', 'bulk_order'));`
    )
  }
}
