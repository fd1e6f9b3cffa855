import type { Logger } from "@medusajs/framework/types"
import type { CatalogueChangesModuleService } from "../modules/catalogue-changes"
import { STOREFRONT_TAGS } from "../shared/storefront-tags"
import { tagsOfPending } from "./pending-pages"
import { sendStorefrontTags } from "./storefront-revalidation"

/** How far ahead each check looks: more than the job's one minute, so no boundary falls between. */
export const LOOKAHEAD_SECONDS = 90
/** Sent this long after a boundary (the database's and this process's clocks may differ a little). */
const AFTER_MS = 500
/** A boundary passed this recently when a process first checks is expired again (pages live 300 s). */
const RECENT_MS = 300_000
/** A price list's start or end may change any product's price: every listing and product page. */
const TAGS = [STOREFRONT_TAGS.products, STOREFRONT_TAGS.productPages]

type Changes = Pick<CatalogueChangesModuleService, "state" | "upcomingBoundaries" | "takePending">

/**
 * Medusa starts and ends a price list (a festival price, a unit's 协议价 from
 * a given day) at its `starts_at`/`ends_at` without writing anything, so no
 * event expires the storefront's cached pages then. Each check (the
 * price-list-boundaries job, every minute in the worker) sets a timer for
 * every start or end in the next 90 s, which expires the catalogue and every
 * product page just after it; a boundary passed without a timer (the process
 * was not running; a list moved into the past) is expired at the next check.
 *
 * The same check takes the catalogue's pending changes (the
 * catalogue-changes module's: Postgres notes at each commit which products a
 * write touched; the revalidation subscriber takes what its events' sends
 * covered) and expires their pages: what was written with no event (plain
 * SQL, a script calling a module) shows within a minute instead of the pages'
 * own 300 s, whatever events came before or after it. The backend's own catalogue cache
 * needs none of this: its key holds the version and the latest boundary
 * passed (catalog-cache/).
 */
export class PriceListBoundaryWatch {
  private readonly timers = new Map<string, NodeJS.Timeout>()
  /** The latest boundary passed, as last seen; undefined before the first check. */
  private window: string | null | undefined = undefined

  constructor(
    private readonly changes: Changes,
    private readonly logger: Logger,
    /** how the tags reach the storefront (its /api/revalidate) */
    private readonly send: (tags: string[], logger: Logger) => Promise<void> = sendStorefrontTags
  ) {}

  async check(): Promise<void> {
    const { window } = await this.changes.state()
    const missed =
      this.window === undefined
        ? window !== null && Date.now() - Date.parse(window) < RECENT_MS
        : window !== this.window
    this.window = window
    // taken even without a storefront to tell: they would pile up
    const changed = await this.changes.takePending()
    const pending = tagsOfPending(changed)
    if (missed) {
      const tags = [...new Set([...TAGS, ...pending])]
      await this.expire(`the price-list boundary ${window} passed`, tags)
    } else if (pending.length) {
      const what = changed.everything
        ? "every catalogue page"
        : `${changed.handles.length} products`
      this.logger.info(`Storefront revalidation: the catalogue changed with no event (${what})`)
      await this.send(pending, this.logger)
    }
    for (const boundary of await this.changes.upcomingBoundaries(LOOKAHEAD_SECONDS)) {
      if (this.timers.has(boundary.at)) continue
      const timer = setTimeout(() => {
        this.timers.delete(boundary.at)
        void this.passed(boundary.at)
      }, boundary.in_ms + AFTER_MS)
      timer.unref()
      this.timers.set(boundary.at, timer)
    }
  }

  stop(): void {
    for (const timer of this.timers.values()) clearTimeout(timer)
    this.timers.clear()
  }

  private async passed(at: string): Promise<void> {
    try {
      // the window now includes this boundary: the next check does not expire the pages again
      this.window = (await this.changes.state()).window
    } catch {
      // the next check reads it again (and may expire the pages once more)
    }
    await this.expire(`the price-list boundary ${at} passed`)
  }

  private async expire(reason: string, tags: string[] = TAGS): Promise<void> {
    this.logger.info(`Storefront revalidation: ${reason}; every product page expires`)
    await this.send(tags, this.logger)
  }
}
