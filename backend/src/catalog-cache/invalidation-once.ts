/**
 * Medusa's Caching Module invalidates its entries from events twice: its
 * strategy registers one handler both as an interceptor of the event bus
 * (called in the process that emits, as the event is emitted) and as a
 * subscriber to every event ("*"). The subscription adds nothing the
 * interceptor has not done: it runs the same clear again, in the process that
 * handles events. With the Redis event bus it also costs a queue job for every
 * event of the system (measured: about 43 per guest checkout, where the shop's
 * own subscribers want a handful), each sent to Redis, taken, run and
 * finished; a shop process with the Redis modules spent about 11 % more CPU
 * per checkout with it (docs/production.md, "Caching").
 *
 * This drops from the "*" subscribers every handler that is also one of the
 * bus's interceptors (the same function, or the same subscriber id), so each
 * change is invalidated once, where it is emitted. The in-process caches of
 * other servers (the publishable-key check of caching-versioned) never saw the
 * subscription's clear anyway: subscribers run only in the process that takes
 * the job (docs/production.md, "Caching").
 */
type Subscriber = { id: string; subscriber: unknown }
type EventBus = {
  eventToSubscribersMap?: Map<string, Subscriber[]>
  interceptorSubscribers_?: Set<unknown>
}

/** Removes the catch-all subscriptions that duplicate an interceptor; answers how many. */
export function dropDuplicateInvalidation(eventBus: unknown): number {
  const bus = eventBus as EventBus | undefined
  const all = bus?.eventToSubscribersMap?.get("*")
  const interceptors = bus?.interceptorSubscribers_
  if (!all?.length || !interceptors?.size) return 0
  // the bus names a subscriber by the id it stores on the function it was given (a wrapper of
  // the handler, where one wraps the bus's subscribe, carries it onto the handler)
  const ids = new Set(
    [...interceptors].map((handler) => (handler as { subscriberId?: string }).subscriberId)
  )
  const kept = all.filter(({ id, subscriber }) => !interceptors.has(subscriber) && !ids.has(id))
  const dropped = all.length - kept.length
  if (dropped) all.splice(0, all.length, ...kept)
  return dropped
}
