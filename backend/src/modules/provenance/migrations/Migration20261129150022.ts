import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129150022 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "partner" drop constraint if exists "partner_handle_unique";`
    )
    this.addSql(
      `alter table if exists "village" drop constraint if exists "village_town_id_name_unique";`
    )
    this.addSql(`alter table if exists "town" drop constraint if exists "town_handle_unique";`)
    this.addSql(
      `create table if not exists "town" ("id" text not null, "handle" text not null, "name" text not null, "name_pinyin" text not null, "district" text not null default '梅县区', "summary" text null, "description" text null, "specialties" text[] null, "rank" integer not null default 0, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "town_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_town_handle_unique" ON "town" ("handle") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_town_deleted_at" ON "town" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "village" ("id" text not null, "name" text not null, "town_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "village_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_village_town_id" ON "village" ("town_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_village_deleted_at" ON "village" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_village_town_id_name_unique" ON "village" ("town_id", "name") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "partner" ("id" text not null, "handle" text not null, "name" text not null, "kind" text check ("kind" in ('farm', 'cooperative', 'enterprise', 'household_farm')) not null, "town_id" text not null, "village_id" text null, "address" text null, "contact_name" text null, "contact_phone" text null, "households_involved" integer not null default 0, "certificates" jsonb null, "summary" text null, "story" text null, "main_products" text null, "is_active" boolean not null default true, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "partner_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_partner_handle_unique" ON "partner" ("handle") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_partner_town_id" ON "partner" ("town_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_partner_village_id" ON "partner" ("village_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_partner_deleted_at" ON "partner" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "village" add constraint "village_town_id_foreign" foreign key ("town_id") references "town" ("id") on update cascade on delete cascade;`
    )

    this.addSql(
      `alter table if exists "partner" add constraint "partner_town_id_foreign" foreign key ("town_id") references "town" ("id") on update cascade;`
    )
    this.addSql(
      `alter table if exists "partner" add constraint "partner_village_id_foreign" foreign key ("village_id") references "village" ("id") on update cascade on delete set null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "village" drop constraint if exists "village_town_id_foreign";`
    )

    this.addSql(
      `alter table if exists "partner" drop constraint if exists "partner_town_id_foreign";`
    )

    this.addSql(
      `alter table if exists "partner" drop constraint if exists "partner_village_id_foreign";`
    )

    this.addSql(`drop table if exists "town" cascade;`)

    this.addSql(`drop table if exists "village" cascade;`)

    this.addSql(`drop table if exists "partner" cascade;`)
  }
}
