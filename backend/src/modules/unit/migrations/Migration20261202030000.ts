import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Approval requests withdrawn: a quote changed by the support team while its approval was pending. */
export class Migration20261202030000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "unit_approval" drop constraint if exists "unit_approval_status_check";`
    )
    this.addSql(
      `alter table if exists "unit_approval" add constraint "unit_approval_status_check" check ("status" in ('pending', 'placed', 'rejected', 'withdrawn'));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`update "unit_approval" set "status" = 'rejected' where "status" = 'withdrawn';`)
    this.addSql(
      `alter table if exists "unit_approval" drop constraint if exists "unit_approval_status_check";`
    )
    this.addSql(
      `alter table if exists "unit_approval" add constraint "unit_approval_status_check" check ("status" in ('pending', 'placed', 'rejected'));`
    )
  }
}
