import { AsyncLocalStorage } from "node:async_hooks"
import { setTimeout as sleep } from "node:timers/promises"
import type { ILockingModule } from "@medusajs/framework/types"

/**
 * The farms' stock lock: one key per stock level, taken by every change of a
 * farm's stock (我的农场's edits and shipments, the support team's edits on
 * Medusa's inventory pages, Medusa's own order flows that move stock on the
 * order page), so that no change reads a level another is about to write.
 */
export const stockLockKeys = (locationId: string, inventoryItemIds: string[]) =>
  [...new Set(inventoryItemIds)].sort().map((id) => `farm-stock:${locationId}:${id}`)

/** Seconds a change waits for the lock at most, and how long a lock lives if never released. */
export const STOCK_LOCK = { timeout: 60, ttl: 60 }

/** The keys a request holds for the code it runs (holdStockLocks). */
const held = new AsyncLocalStorage<ReadonlySet<string>>()

/** Whether the code running now is inside a request that holds every one of `keys`. */
export function holdsStockLocks(keys: string[]): boolean {
  const mine = held.getStore()
  return !!mine && keys.every((key) => mine.has(key))
}

/**
 * Takes `keys` for `ownerId`, waiting up to STOCK_LOCK.timeout while another
 * change holds any of them; throws when they stay taken (and keeps none).
 */
export async function acquireStockLocks(
  locking: ILockingModule,
  keys: string[],
  ownerId: string
): Promise<void> {
  for (const until = Date.now() + STOCK_LOCK.timeout * 1000; ;) {
    try {
      await locking.acquire(keys, { ownerId, expire: STOCK_LOCK.ttl })
      return
    } catch (error) {
      if (Date.now() >= until) {
        // a lock taken for some keys before another refused stays with no one
        await locking.release(keys, { ownerId }).catch(() => undefined)
        throw error
      }
      await sleep(200)
    }
  }
}

/** Runs `work` marked as holding `keys` (see holdsStockLocks), for what it calls. */
export function whileHolding<T>(keys: string[], work: () => T): T {
  return held.run(new Set(keys), work)
}
