import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201113228 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "order_lookup_code" ("id" text not null, "contact" text not null, "channel" text check ("channel" in ('sms', 'email')) not null, "code_hash" text not null, "client_key" text not null, "expires_at" timestamptz not null, "attempts" integer not null default 0, "consumed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "order_lookup_code_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_order_lookup_code_deleted_at" ON "order_lookup_code" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_order_lookup_code_contact_created_at" ON "order_lookup_code" ("contact", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_order_lookup_code_client_key_created_at" ON "order_lookup_code" ("client_key", "created_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "order_lookup_code" cascade;`)
  }
}
