import pg from "pg"
import { MikroOrmBase } from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import type { Knex, SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { PENDING_TABLE, STOCK_TABLES, TABLE_PATTERNS, TABLES, triggerKey } from "../tracked-tables"

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

/** A trigger's arguments as pg_trigger.tgargs holds them (each ended by a zero byte), in hex. */
const triggerArgsHex = (args: string[]) =>
  Buffer.from(args.map((arg) => `${arg}\0`).join("")).toString("hex")

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
    // the trigger's arguments: its group's stripes, and what its rows tell of the products
    // (TRIGGER_KEYS: a kind and the column of its key, or `all`, or `none`)
    await sql.execute(
      `CREATE OR REPLACE FUNCTION ${FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
       DECLARE
         stripe text := coalesce(TG_ARGV[0], '${OTHER_STRIPE}');
         kind text := coalesce(TG_ARGV[1], 'all');
         changed text := 'catalogue.changed_' || stripe;
         logged text := 'catalogue.pending_all';
         key text;
       BEGIN
         IF current_setting(changed, true) IS DISTINCT FROM txid_current()::text THEN
           PERFORM set_config(changed, txid_current()::text, true);
           INSERT INTO catalogue_change (id, token)
                VALUES (stripe || (txid_current() % ${STRIPES}), gen_random_uuid()::text)
           ON CONFLICT (id) DO UPDATE SET token = excluded.token, updated_at = now();
         END IF;
         IF kind = 'none' THEN
           RETURN NULL;
         END IF;
         IF kind <> 'all' AND TG_LEVEL = 'ROW' THEN
           IF TG_OP = 'DELETE' THEN
             key := to_jsonb(OLD) ->> TG_ARGV[2];
           ELSE
             key := to_jsonb(NEW) ->> TG_ARGV[2];
           END IF;
         END IF;
         IF key IS NULL THEN
           IF current_setting(logged, true) IS NOT DISTINCT FROM txid_current()::text THEN
             RETURN NULL;
           END IF;
           PERFORM set_config(logged, txid_current()::text, true);
           INSERT INTO ${PENDING_TABLE} (kind) VALUES ('all');
         ELSE
           -- appended, never upserted: concurrent commits noting the same keys never wait on
           -- each other (nor deadlock); readers take duplicates together
           INSERT INTO ${PENDING_TABLE} (kind, key) VALUES (kind, key);
         END IF;
         RETURN NULL;
       END $$`
    )
    const tables = await sql.execute<{ name: string; triggers: string[]; columns: string[] }[]>(
      `SELECT c.relname AS name,
              ARRAY(SELECT t.tgname || '/' || encode(t.tgargs, 'hex')
                      FROM pg_trigger t WHERE t.tgrelid = c.oid)
                AS triggers,
              ARRAY(SELECT a.attname::text FROM pg_attribute a
                     WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) AS columns
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
          AND c.relname NOT IN ('catalogue_change', '${PENDING_TABLE}')
          AND (c.relname = ANY(string_to_array(?, ',')) OR c.relname LIKE ANY(string_to_array(?, ',')))
        ORDER BY c.relname`,
      [TABLES.join(","), TABLE_PATTERNS.join(",")]
    )
    for (const table of tables) {
      const stock = STOCK_TABLES.includes(table.name)
      const [trigger, truncate, group] = stock
        ? [STOCK_TRIGGER, STOCK_TRUNCATE_TRIGGER, STOCK_STRIPE]
        : [TRIGGER, TRUNCATE_TRIGGER, OTHER_STRIPE]
      const keyed = triggerKey(table.name, table.columns)
      const args = keyed === "all" || keyed === "none" ? [group, keyed, ""] : [group, ...keyed]
      // triggers an earlier install left with other arguments are replaced
      if (table.triggers.includes(`${trigger}/${triggerArgsHex(args)}`)) continue
      for (const old of [TRIGGER, TRUNCATE_TRIGGER, STOCK_TRIGGER, STOCK_TRUNCATE_TRIGGER])
        await sql.execute(`DROP TRIGGER IF EXISTS ${old} ON ${quote(table.name)}`)
      const list = args.map((arg) => `'${arg}'`).join(", ")
      const truncateList = [`'${group}'`, `'${keyed === "none" ? "none" : "all"}'`, "''"].join(", ")
      await sql.execute(
        `CREATE CONSTRAINT TRIGGER ${trigger} AFTER INSERT OR UPDATE OR DELETE ON ${quote(table.name)}
           DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ${FUNCTION}(${list})`
      )
      await sql.execute(
        `CREATE TRIGGER ${truncate} AFTER TRUNCATE ON ${quote(table.name)}
           FOR EACH STATEMENT EXECUTE FUNCTION ${FUNCTION}(${truncateList})`
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
