import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261202030200 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "search_suggestion" ("id" text not null, "kind" text check ("kind" in ('product', 'category', 'town', 'partner')) not null, "source_id" text not null, "handle" text not null, "text" text not null, "sales_channel_ids" jsonb null, "family" jsonb null, "pinyin" jsonb null, "version" integer not null, "removed" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "search_suggestion_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_search_suggestion_deleted_at" ON "search_suggestion" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_search_suggestion_kind_source_id_unique" ON "search_suggestion" ("kind", "source_id") WHERE deleted_at IS NULL;`
    )
    // Written by the repository only: the version of each write, and when the table was last built whole.
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_search_suggestion_version" ON "search_suggestion" ("version");`
    )
    this.addSql(`CREATE SEQUENCE IF NOT EXISTS "search_suggestion_version_seq";`)
    this.addSql(
      `create table if not exists "search_suggestion_build" ("id" integer not null, "format" text not null, "built_at" timestamptz not null, constraint "search_suggestion_build_pkey" primary key ("id"));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "search_suggestion_build" cascade;`)
    this.addSql(`drop sequence if exists "search_suggestion_version_seq";`)
    this.addSql(`drop table if exists "search_suggestion" cascade;`)
  }
}
