import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261208021500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "catalogue_change_pending" ("id" bigserial not null, "kind" text not null, "key" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "catalogue_change_pending_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_catalogue_change_pending_deleted_at" ON "catalogue_change_pending" ("deleted_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "catalogue_change_pending" cascade;`)
  }
}
