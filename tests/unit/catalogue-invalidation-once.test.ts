import { describe, expect, it } from "vitest"
import { dropDuplicateInvalidation } from "../../backend/src/catalog-cache/invalidation-once"

const bus = (star: { id: string; subscriber: unknown }[], interceptors: unknown[]) => ({
  eventToSubscribersMap: new Map([
    ["*", star],
    ["order.placed", [{ id: "order-notices", subscriber: () => undefined }]],
  ]),
  interceptorSubscribers_: new Set(interceptors),
})

describe("dropDuplicateInvalidation", () => {
  it("drops the catch-all subscription that is also an interceptor, and only it", () => {
    const invalidate = () => undefined
    const other = () => undefined
    const eventBus = bus(
      [
        { id: "*-1", subscriber: invalidate },
        { id: "*-2", subscriber: other },
      ],
      [invalidate]
    )
    expect(dropDuplicateInvalidation(eventBus)).toBe(1)
    expect(eventBus.eventToSubscribersMap.get("*")).toEqual([{ id: "*-2", subscriber: other }])
    expect(eventBus.eventToSubscribersMap.get("order.placed")).toHaveLength(1)
    expect(eventBus.interceptorSubscribers_.has(invalidate)).toBe(true)
  })

  it("knows the handler by its subscriber id where the bus was given a wrapper of it", () => {
    const invalidate = Object.assign(() => undefined, { subscriberId: "*-1" })
    const wrapper = () => undefined
    const eventBus = bus([{ id: "*-1", subscriber: wrapper }], [invalidate])
    expect(dropDuplicateInvalidation(eventBus)).toBe(1)
    expect(eventBus.eventToSubscribersMap.get("*")).toEqual([])
  })

  it("leaves a bus without interceptors, catch-all subscribers or maps alone", () => {
    const handler = () => undefined
    const noInterceptor = bus([{ id: "*-1", subscriber: handler }], [])
    expect(dropDuplicateInvalidation(noInterceptor)).toBe(0)
    expect(noInterceptor.eventToSubscribersMap.get("*")).toHaveLength(1)
    expect(dropDuplicateInvalidation(bus([], [handler]))).toBe(0)
    expect(dropDuplicateInvalidation(undefined)).toBe(0)
    expect(dropDuplicateInvalidation({})).toBe(0)
  })
})
