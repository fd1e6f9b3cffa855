import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The daily totals keep unit purchases apart per unit (`unit_id`, "" for
 * consumers'), for GET /admin/aid/summary?group_by=unit. Consumers' rows keep
 * their ids; the unit purchases' rows are summed again from the entries, split
 * by unit (ids as `dailyTotalDeltas` and the rebuild compute them).
 */
export class Migration20261201180000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "aid_daily_total" add column if not exists "unit_id" text not null default '';`
    )
    this.addSql(
      `DROP INDEX IF EXISTS "IDX_aid_daily_total_day_level_town_id_partner_id_buyer_kind_unique";`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_aid_daily_total_day_level_town_id_partner_id_buyer_kind_unit_id_unique" ON "aid_daily_total" ("day", "level", "town_id", "partner_id", "buyer_kind", "unit_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(`DELETE FROM "aid_daily_total" WHERE buyer_kind = 'unit';`)
    this.addSql(
      `INSERT INTO "aid_daily_total"
         (id, day, level, town_id, partner_id, buyer_kind, unit_id, amount, raw_amount, quantity, orders, created_at, updated_at)
       SELECT 'aiddt_' || md5(day || '|' || level || '|' || t || '|' || p || '|unit' || CASE WHEN u = '' THEN '' ELSE '|' || u END),
              day, level, t, p, 'unit', u, sum(amount), jsonb_build_object('value', sum(amount)::text, 'precision', 20),
              sum(quantity),
              count(DISTINCT order_id) FILTER (WHERE kind = 'sale')
                - count(DISTINCT order_id) FILTER (WHERE kind = 'cancellation'),
              now(), now()
         FROM (SELECT e.day, l.level,
                      CASE WHEN l.level = 'all' THEN '' ELSE coalesce(e.town_id, '') END AS t,
                      CASE WHEN l.level = 'partner' THEN coalesce(e.partner_id, '') ELSE '' END AS p,
                      coalesce(e.unit_id, '') AS u, e.amount, e.quantity, e.kind, e.order_id
                 FROM "aid_entry" e CROSS JOIN (VALUES ('all'), ('town'), ('partner')) AS l(level)
                WHERE e.deleted_at IS NULL AND e.buyer_kind = 'unit') x
        GROUP BY day, level, t, p, u;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `DROP INDEX IF EXISTS "IDX_aid_daily_total_day_level_town_id_partner_id_buyer_kind_unit_id_unique";`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_aid_daily_total_day_level_town_id_partner_id_buyer_kind_unique" ON "aid_daily_total" ("day", "level", "town_id", "partner_id", "buyer_kind") WHERE deleted_at IS NULL;`
    )
    this.addSql(`alter table if exists "aid_daily_total" drop column if exists "unit_id";`)
  }
}
