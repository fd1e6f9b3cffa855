/** Parcels whose payments one background run (one workflow execution) captures. */
export const BULK_PAYMENT_BATCH = 50
/** Captures in flight at once within a batch (each is Medusa's capture workflow on its own order). */
export const BULK_PAYMENT_CONCURRENCY = 4
/** A `paying` bulk order untouched this long is picked up again by the job (its run stopped). */
export const BULK_PAYMENT_STALE_MS = 2 * 60_000
/** Failed runs in a row after which the support team is shown the error (the job keeps retrying). */
export const BULK_PAYMENT_ALERT_FAILURES = 3

/** Runs `fn` over `items`, `concurrency` at a time; every item is tried, errors are answered per item. */
export async function settleInPool<T, R>(
  items: T[],
  concurrency: number,
  fn: (item: T) => Promise<R>
): Promise<({ ok: true; value: R } | { ok: false; error: Error })[]> {
  const out: ({ ok: true; value: R } | { ok: false; error: Error })[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const at = next++
      try {
        out[at] = { ok: true, value: await fn(items[at]) }
      } catch (error) {
        out[at] = { ok: false, error: error as Error }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker))
  return out
}
