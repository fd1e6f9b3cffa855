import pg from "pg"
import { MikroOrmBase } from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import type { Knex, SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"

/** Stripes of the catalogue version per group (rows of `catalogue_change`). */
const STRIPES = 16
const TRIGGER = "catalogue_change"
const TRUNCATE_TRIGGER = "catalogue_change_truncate"
/** The triggers of the stock tables: they renew the stock group's stripes. */
const STOCK_TRIGGER = "catalogue_change_stock"
const STOCK_TRUNCATE_TRIGGER = "catalogue_change_stock_truncate"
const FUNCTION = "catalogue_change_bump"
/** The stripes' id prefixes: the stock group's, and every other tracked table's. */
const STOCK_STRIPE = "cs_"
const OTHER_STRIPE = "cc_"

/**
 * The stock tables: every order's reservation writes them. They renew a group
 * of stripes of their own, so that a read of none of them (the region, the
 * shipping set-up) can be kept by the version of the other tables
 * (CatalogueState.versionExceptStock) across orders.
 */
const STOCK_TABLES = ["inventory_item", "inventory_level", "reservation_item"]

/**
 * The tables the store's product answers are read from: the product module's
 * and its links (`product%`), the pricing module's (`price%`), stock, sales
 * channels and their locations, the API keys (a revoked publishable key's
 * answers go: catalog-cache/front-answers.ts replays them before Medusa checks
 * the key), regions and taxes, translations, customer
 * group membership (a buyer's prices), and the shop's partners and towns
 * with their links; and the tables of the checkout's reads Medusa caches
 * (modules/caching-versioned keeps them by this version): the store, the
 * stock locations' addresses and fulfillment sets, the shipping options with
 * their zones, rules, types, profiles and prices, and the promotions
 * (`promotion%`, `application_method%`). An order's own tables (cart, order,
 * fulfillment, payment) are not here. A table missing here (e.g. before
 * migrations) is skipped.
 */
const TABLES = [
  ...STOCK_TABLES,
  "image",
  "stock_location",
  "stock_location_address",
  "sales_channel",
  "sales_channel_stock_location",
  "publishable_api_key_sales_channel",
  "api_key",
  "region",
  "region_country",
  "tax_region",
  "tax_rate",
  "tax_rate_rule",
  "translation",
  "customer_group",
  "customer_group_customer",
  "village",
  "store",
  "store_currency",
  "store_locale",
  "fulfillment_set",
  "fulfillment_provider",
  "service_zone",
  "geo_zone",
  "shipping_option",
  "shipping_option_rule",
  "shipping_option_type",
  "shipping_profile",
  "shipping_option_price_set",
  "location_fulfillment_set",
  "location_fulfillment_provider",
]
const TABLE_PATTERNS = [
  "product%",
  "price%",
  "%partner%",
  "%town%",
  "promotion%",
  "application_method%",
]

/** The catalogue as a reader keys its entries by it. */
export type CatalogueState = {
  /**
   * a hash of the stripes' random tokens: new with every commit that touched a
   * tracked table; null while the stripes are missing (the cache is then off)
   */
  version: string | null
  /**
   * the same of every tracked table but the stock tables (STOCK_TABLES): the
   * version of a read that touches no stock level or reservation
   */
  versionExceptStock: string | null
  /** the latest price-list start or end already passed (ISO), or null */
  window: string | null
}

/** A price list's start or end still to come. */
export type PriceListBoundary = {
  /** the instant (ISO) */
  at: string
  /** milliseconds from now, by the database's clock */
  in_ms: number
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

/** The version (a hash of the stripes) and the latest price-list start or end already passed. */
const STATE_SQL = `SELECT stripes.version, stripes.version_except_stock,
                          (SELECT max(at) FROM (
                             SELECT starts_at AS at FROM price_list WHERE deleted_at IS NULL
                             UNION ALL SELECT ends_at FROM price_list WHERE deleted_at IS NULL
                           ) boundaries WHERE at <= now()) AS passed
                     FROM (SELECT md5(string_agg(id || ':' || token, ',' ORDER BY id)) AS version,
                                  md5(string_agg(id || ':' || token, ',' ORDER BY id)
                                        FILTER (WHERE left(id, 3) <> '${STOCK_STRIPE}'))
                                    AS version_except_stock
                             FROM catalogue_change) stripes`

type StateRow = {
  version: string | null
  version_except_stock: string | null
  passed: Date | string | null
}

const stateOf = (row: StateRow): CatalogueState => ({
  version: row.version,
  versionExceptStock: row.version === null ? null : row.version_except_stock,
  window: row.passed === null ? null : new Date(row.passed).toISOString(),
})

/** What knex's Postgres client keeps of the module's connection settings. */
type KnexPgClient = {
  connectionSettings: pg.ClientConfig
  setSchemaSearchPath(connection: pg.Client): Promise<unknown>
}

/**
 * The catalogue's version, kept by Postgres itself: a deferred
 * constraint trigger on every tracked table gives one stripe of its group
 * (the stock tables' or the others') a new random token once per
 * transaction and group, at its commit, in the same transaction as the
 * change (random rather than counted, so that emptying the table or restoring
 * an older copy can never bring back a version seen before). A read
 * of the version therefore never sees a change's data without its new token,
 * nor a token without its data, whichever module, workflow, process or
 * script made the change, and whether or not it emitted an event.
 */
export class CatalogueChangeRepository extends MikroOrmBase {
  private sql(context: Context): SqlEntityManager {
    return this.getActiveManager<SqlEntityManager>(context)
  }

  /**
   * Creates the stripes, the trigger function and the triggers of tables
   * that have none yet; run in one transaction under an advisory lock (two
   * servers starting together). Answers the tables tracked.
   */
  async install(context: Context): Promise<string[]> {
    const sql = this.sql(context)
    await sql.execute(`SELECT pg_advisory_xact_lock(hashtext('${TRIGGER}'))`)
    const stripes = [STOCK_STRIPE, OTHER_STRIPE]
      .flatMap((group) =>
        Array.from({ length: STRIPES }, (_, i) => `('${group}${i}', gen_random_uuid()::text)`)
      )
      .join(", ")
    await sql.execute(
      `INSERT INTO catalogue_change (id, token) VALUES ${stripes} ON CONFLICT (id) DO NOTHING`
    )
    // the trigger's argument names its group's stripes (none: the other tables')
    await sql.execute(
      `CREATE OR REPLACE FUNCTION ${FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
       DECLARE
         stripe text := coalesce(TG_ARGV[0], '${OTHER_STRIPE}');
         changed text := 'catalogue.changed_' || stripe;
       BEGIN
         IF current_setting(changed, true) IS DISTINCT FROM txid_current()::text THEN
           PERFORM set_config(changed, txid_current()::text, true);
           INSERT INTO catalogue_change (id, token)
                VALUES (stripe || (txid_current() % ${STRIPES}), gen_random_uuid()::text)
           ON CONFLICT (id) DO UPDATE SET token = excluded.token, updated_at = now();
         END IF;
         RETURN NULL;
       END $$`
    )
    const tables = await sql.execute<{ name: string; triggers: string[] }[]>(
      `SELECT c.relname AS name,
              ARRAY(SELECT t.tgname::text FROM pg_trigger t WHERE t.tgrelid = c.oid) AS triggers
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
          AND c.relname <> 'catalogue_change'
          AND (c.relname = ANY(string_to_array(?, ',')) OR c.relname LIKE ANY(string_to_array(?, ',')))
        ORDER BY c.relname`,
      [TABLES.join(","), TABLE_PATTERNS.join(",")]
    )
    for (const table of tables) {
      const stock = STOCK_TABLES.includes(table.name)
      const [trigger, truncate, group] = stock
        ? [STOCK_TRIGGER, STOCK_TRUNCATE_TRIGGER, `'${STOCK_STRIPE}'`]
        : [TRIGGER, TRUNCATE_TRIGGER, ""]
      if (table.triggers.includes(trigger)) continue
      if (stock) {
        // tracked before the stock group had stripes of its own
        await sql.execute(`DROP TRIGGER IF EXISTS ${TRIGGER} ON ${quote(table.name)}`)
        await sql.execute(`DROP TRIGGER IF EXISTS ${TRUNCATE_TRIGGER} ON ${quote(table.name)}`)
      }
      await sql.execute(
        `CREATE CONSTRAINT TRIGGER ${trigger} AFTER INSERT OR UPDATE OR DELETE ON ${quote(table.name)}
           DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ${FUNCTION}(${group})`
      )
      await sql.execute(
        `CREATE OR REPLACE TRIGGER ${truncate} AFTER TRUNCATE ON ${quote(table.name)}
           FOR EACH STATEMENT EXECUTE FUNCTION ${FUNCTION}(${group})`
      )
    }
    return tables.map((t) => t.name)
  }

  /**
   * The version, and the latest price-list boundary passed: Medusa starts
   * and ends a list at its `starts_at`/`ends_at` without writing anything.
   */
  async state(context: Context = {}): Promise<CatalogueState> {
    const [row] = await this.sql(context).execute<StateRow[]>(STATE_SQL)
    return stateOf(row)
  }

  /**
   * The same read on a connection of this repository's own, as a prepared
   * statement: for the answers replayed before the Express app
   * (catalog-cache/front-answers.ts), where the read is most of a request's
   * cost and MikroORM's and knex's share of it (a forked manager, the pool,
   * the query builder) was half of it. The connection is made with the
   * module's own settings on first use and closed when the app shuts down or
   * after an error (the next read makes a new one).
   */
  async stateOnOwnConnection(): Promise<CatalogueState> {
    const own = (this.own ??= this.connectOwn())
    try {
      const client = await own
      const { rows } = await client.query<StateRow>({ name: "catalogue_state", text: STATE_SQL })
      return stateOf(rows[0])
    } catch (error) {
      this.closeOwnConnection(own)
      throw error
    }
  }

  /** Closes the repository's own connection (`own`: only if it is still that one). */
  closeOwnConnection(own = this.own): void {
    if (own === null || own !== this.own) return
    this.own = null
    own.then((client) => client.end()).catch(() => undefined)
  }

  private own: Promise<pg.Client> | null = null

  private connectOwn(): Promise<pg.Client> {
    const knex = (this.manager_ as SqlEntityManager).getKnex() as Knex & { client: KnexPgClient }
    const client = new pg.Client(knex.client.connectionSettings)
    const connected = (async () => {
      await client.connect()
      await knex.client.setSchemaSearchPath(client)
      return client
    })()
    // an idle connection that breaks emits here (only this one is closed); the next read
    // makes a new one
    client.on("error", () => this.closeOwnConnection(connected))
    return connected
  }

  /**
   * The price-list starts and ends still to come within `seconds`, soonest
   * first, each with how far off it is by the database's clock (the clock
   * the window above is read by).
   */
  async upcomingBoundaries(seconds: number, context: Context = {}): Promise<PriceListBoundary[]> {
    const rows = await this.sql(context).execute<{ at: Date | string; in_ms: string | number }[]>(
      `SELECT at, ceil(extract(epoch FROM at - now()) * 1000) AS in_ms
         FROM (SELECT starts_at AS at FROM price_list WHERE deleted_at IS NULL
               UNION SELECT ends_at FROM price_list WHERE deleted_at IS NULL) boundaries
        WHERE at > now() AND at <= now() + make_interval(secs => ?)
        ORDER BY at`,
      [seconds]
    )
    return rows.map((row) => ({ at: new Date(row.at).toISOString(), in_ms: Number(row.in_ms) }))
  }
}
