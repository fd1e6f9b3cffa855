/**
 * Work that many events ask for at once (a checkout peak, a bulk order's
 * parcels, a batch edit), done once per short window for all of them:
 * the keys handed in during `windowMs` (at most `maxKeys` per batch) are
 * deduplicated and given to one `run`, and each caller's promise settles with
 * the result of the run that covered its keys, so a failure still fails every
 * event it covered (the event bus retries them; the runs are idempotent).
 * One run at a time: a batch also waits for the run before it, so under load
 * the keys of a whole run's time gather into the next (fewer, larger runs;
 * a run's cost is mostly the same for 1 key or 50), and alone a key waits
 * only `windowMs`.
 */
export function batched<K, R>(
  run: (keys: K[]) => Promise<R>,
  options: { windowMs?: number; maxKeys?: number } = {}
): (keys: K[]) => Promise<R> {
  const windowMs = options.windowMs ?? 100
  const maxKeys = options.maxKeys ?? 200
  let open: { keys: Set<K>; done: Promise<R> } | null = null
  let last: Promise<unknown> = Promise.resolve()

  return (keys: K[]) => {
    if (!open) {
      const keysOfBatch = new Set<K>()
      const previous = last.catch(() => undefined)
      const window = new Promise<void>((resolve) => setTimeout(resolve, windowMs))
      const batch = {
        keys: keysOfBatch,
        done: Promise.all([window, previous]).then(() => {
          if (open === batch) open = null
          return run([...keysOfBatch])
        }),
      }
      last = batch.done
      open = batch
    }
    const batch = open
    for (const key of keys) batch.keys.add(key)
    // a full batch takes no more keys: the next call opens another
    if (batch.keys.size >= maxKeys) open = null
    return batch.done
  }
}

/** `batched` for work that answers nothing: no keys, no run. */
export function coalesce<K>(
  flush: (keys: K[]) => Promise<void>,
  options: { windowMs?: number; maxKeys?: number } = {}
): (keys: K[]) => Promise<void> {
  const run = batched(flush, options)
  return (keys: K[]) => (keys.length ? run(keys) : Promise.resolve())
}

/** `make(context)`, made once per context and kept while the context lives. */
function perContext<C extends object, F>(make: (context: C) => F): (context: C) => F {
  const made = new WeakMap<C, F>()
  return (context) => {
    let found = made.get(context)
    if (!found) {
      found = make(context)
      made.set(context, found)
    }
    return found
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
  const batchOf = perContext((context: C) => coalesce((keys: K[]) => flush(context, keys), options))
  return (context, keys) => batchOf(context)(keys)
}

/**
 * A lookup many events make at once (e.g. the order of each captured
 * payment), read once per window and context for all of their keys: `load`
 * answers what it found per key, a key it did not find is undefined.
 */
export function lookupPer<C extends object, K, V>(
  load: (context: C, keys: K[]) => Promise<Map<K, V>>,
  options: { windowMs?: number; maxKeys?: number } = {}
): (context: C, key: K) => Promise<V | undefined> {
  const batchOf = perContext((context: C) => batched((keys: K[]) => load(context, keys), options))
  return async (context, key) => (await batchOf(context)([key])).get(key)
}
