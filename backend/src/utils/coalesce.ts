/**
 * Work that many events ask for at once (a checkout peak, a bulk order's
 * parcels, a batch edit), done once per short window for all of them:
 * the keys handed in during `windowMs` (at most `maxKeys` per batch) are
 * deduplicated and given to one `flush`. Each caller's promise settles with
 * the flush that covered its keys, so a failure still fails every event it
 * covered (the event bus retries them; the flushes are idempotent).
 */
export function coalesce<K>(
  flush: (keys: K[]) => Promise<void>,
  options: { windowMs?: number; maxKeys?: number } = {}
): (keys: K[]) => Promise<void> {
  const windowMs = options.windowMs ?? 100
  const maxKeys = options.maxKeys ?? 200
  let open: { keys: Set<K>; done: Promise<void> } | null = null

  return (keys: K[]) => {
    if (!keys.length) return Promise.resolve()
    if (!open) {
      const keysOfBatch = new Set<K>()
      const batch = {
        keys: keysOfBatch,
        done: new Promise<void>((resolve) => setTimeout(resolve, windowMs)).then(() => {
          if (open === batch) open = null
          return flush([...keysOfBatch])
        }),
      }
      open = batch
    }
    const batch = open
    for (const key of keys) batch.keys.add(key)
    // a full batch takes no more keys: the next call opens another
    if (batch.keys.size >= maxKeys) open = null
    return batch.done
  }
}

/**
 * `coalesce` with one batch per context (e.g. per Medusa container: a test
 * process may run several apps), the flush receiving that context.
 */
export function coalescePer<C extends object, K>(
  flush: (context: C, keys: K[]) => Promise<void>,
  options: { windowMs?: number; maxKeys?: number } = {}
): (context: C, keys: K[]) => Promise<void> {
  const batches = new WeakMap<C, (keys: K[]) => Promise<void>>()
  return (context, keys) => {
    let batch = batches.get(context)
    if (!batch) {
      batch = coalesce((all: K[]) => flush(context, all), options)
      batches.set(context, batch)
    }
    return batch(keys)
  }
}
