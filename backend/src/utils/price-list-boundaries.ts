import type { Logger } from "@medusajs/framework/types"
import type { CatalogueChangesModuleService } from "../modules/catalogue-changes"
import { STOREFRONT_TAGS } from "../shared/storefront-tags"
import {
  type EventRevalidation,
  lastEventRevalidation,
  sendStorefrontTags,
} from "./storefront-revalidation"

/** How far ahead each check looks: more than the job's one minute, so no boundary falls between. */
export const LOOKAHEAD_SECONDS = 90
/** Sent this long after a boundary (the database's and this process's clocks may differ a little). */
const AFTER_MS = 500
/** A boundary passed this recently when a process first checks is expired again (pages live 300 s). */
const RECENT_MS = 300_000
/** A price list's start or end may change any product's price: every listing and product page. */
const TAGS = [STOREFRONT_TAGS.products, STOREFRONT_TAGS.productPages]

type Changes = Pick<CatalogueChangesModuleService, "state" | "upcomingBoundaries">

/**
 * Medusa starts and ends a price list (a festival price, a unit's 协议价 from
 * a given day) at its `starts_at`/`ends_at` without writing anything, so no
 * event expires the storefront's cached pages then. Each check (the
 * price-list-boundaries job, every minute in the worker) sets a timer for
 * every start or end in the next 90 s, which expires the catalogue and every
 * product page just after it; a boundary passed without a timer (the process
 * was not running; a list moved into the past) is expired at the next check.
 *
 * The same check catches catalogue writes that emit no event (plain SQL, a
 * script calling a module): when the catalogue's version (the
 * catalogue-changes module's, renewed by Postgres on every such write) moved
 * since the last check, and this process's revalidation subscriber has sent
 * nothing since then or the version moved again after its last send (it reads
 * the version just before sending), every product page expires, within a
 * minute of the write instead of the pages' own 300 s. (The subscriber expires
 * what events name, product by product; a write with no event made before one
 * with an event, in the same minute, or in the subscriber's 200 ms of gathering,
 * is left to the 300 s.) The backend's own catalogue cache
 * needs none of this: its key holds the version and the latest boundary
 * passed (catalog-cache/).
 */
export class PriceListBoundaryWatch {
  private readonly timers = new Map<string, NodeJS.Timeout>()
  /** The latest boundary passed, as last seen; undefined before the first check. */
  private window: string | null | undefined = undefined
  /** The catalogue's version at the last check, and when it was read. */
  private version: string | null | undefined = undefined
  private readAt = 0

  constructor(
    private readonly changes: Changes,
    private readonly logger: Logger,
    /** how the tags reach the storefront (its /api/revalidate) */
    private readonly send: (tags: string[], logger: Logger) => Promise<void> = sendStorefrontTags,
    /** when this process's revalidation subscriber last sent the tags of events, at which version */
    private readonly eventsSent: () => EventRevalidation = lastEventRevalidation
  ) {}

  async check(): Promise<void> {
    const readAt = Date.now()
    const { version, window } = await this.changes.state()
    const missed =
      this.window === undefined
        ? window !== null && Date.now() - Date.parse(window) < RECENT_MS
        : window !== this.window
    const sent = this.eventsSent()
    const unannounced =
      this.version !== undefined &&
      version !== this.version &&
      (sent.at < this.readAt || sent.version !== version)
    this.window = window
    this.version = version
    this.readAt = readAt
    if (missed) await this.expire(`the price-list boundary ${window} passed`)
    else if (unannounced) await this.expire("the catalogue changed with no event")
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

  private async expire(reason: string): Promise<void> {
    this.logger.info(`Storefront revalidation: ${reason}; every product page expires`)
    await this.send(TAGS, this.logger)
  }
}
