/**
 * A price list's period starts and ends with nothing written (Medusa reads
 * `starts_at`/`ends_at` when it prices), so no event expires the storefront's
 * cached pages then. The worker's price-list-boundaries job
 * (backend/src/jobs/price-list-boundaries.ts) sets a timer for each start and
 * end in the next 90 s that expires the catalogue and every product page just
 * after it; a boundary it had no timer for (the worker was down) is expired at
 * its next run. The same run expires them after a catalogue write that sent
 * the storefront nothing (plain SQL), also when it followed an event's send. The job's watch is driven here with a
 * recording sender (the POST to the storefront's /api/revalidate is the
 * revalidation subscriber's).
 */
import http from "node:http"
import type { AddressInfo } from "node:net"
import { ContainerRegistrationKeys, Modules, PriceListStatus } from "@medusajs/framework/utils"
import { shopSuite, withEnv } from "../../fixtures/http"
import { backendRequire } from "../../fixtures/medusa"
import { eventually } from "../../fixtures/orders"

const TAGS = ["products", "product-pages"]
const HANDLE = "meixian-golden-pomelo"

const { PriceListBoundaryWatch } = backendRequire("src/utils/price-list-boundaries.ts")
const { lastEventRevalidation } = backendRequire("src/utils/storefront-revalidation.ts")
const revalidateHandler = backendRequire("src/subscribers/storefront-revalidate.ts").default
const { CATALOGUE_CHANGES_MODULE } = backendRequire("src/modules/catalogue-changes/index.ts")

shopSuite(({ getContainer }) => {
  /** What the job's watch sends to the storefront's /api/revalidate, and when. */
  const sent: { at: number; tags: string[] }[] = []
  let watch: { check(): Promise<void>; stop(): void }
  /**
   * when the revalidation subscriber last sent the storefront anything (at 0: never), and the
   * catalogue's version it read just before
   */
  let subscriberSent: { at: number; version: string | null } = { at: 0, version: null }

  beforeEach(() => {
    sent.length = 0
    subscriberSent = { at: 0, version: null }
    watch = new PriceListBoundaryWatch(
      getContainer().resolve(CATALOGUE_CHANGES_MODULE),
      getContainer().resolve(ContainerRegistrationKeys.LOGGER),
      async (tags: string[]) => {
        sent.push({ at: Date.now(), tags })
      },
      () => subscriberSent
    )
  })

  afterEach(() => watch.stop())

  /** A sale price list on the pomelo's first price set, made through the pricing module alone. */
  async function priceList(startsAt: Date, endsAt: Date | null) {
    const { data } = await getContainer()
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({
        entity: "product",
        fields: ["variants.price_set.id"],
        filters: { handle: HANDLE },
      })
    const priceSetId: string = (data[0] as any).variants[0].price_set.id
    await getContainer()
      .resolve(Modules.PRICING)
      .createPriceLists([
        {
          title: "中秋特价",
          description: "时段价格测试",
          status: PriceListStatus.ACTIVE,
          starts_at: startsAt.toISOString(),
          ends_at: endsAt?.toISOString() ?? null,
          prices: [{ amount: 58, currency_code: "cny", price_set_id: priceSetId }],
        },
      ])
  }

  /** Revalidations of every product page received at or after `at`. */
  const expiredSince = (at: number) =>
    sent.filter((r) => r.at >= at && TAGS.every((tag) => r.tags.includes(tag)))

  it("expires the catalogue and every product page just after a price list starts and after it ends", async () => {
    await watch.check()
    const startsAt = new Date(Date.now() + 4_000)
    const endsAt = new Date(startsAt.getTime() + 4_000)
    await priceList(startsAt, endsAt)
    // the job's next run, before the period starts, sets the timers
    await watch.check()
    expect(Date.now()).toBeLessThan(startsAt.getTime())
    expect(expiredSince(startsAt.getTime())).toEqual([])

    const atStart = await eventually(async () => expiredSince(startsAt.getTime())[0], 15_000)
    expect(atStart.at - startsAt.getTime()).toBeLessThan(3_000)
    const atEnd = await eventually(async () => expiredSince(endsAt.getTime())[0], 15_000)
    expect(atEnd.at - endsAt.getTime()).toBeLessThan(3_000)
    // once each: a run of the job afterwards finds nothing passed without a timer
    await watch.check()
    expect(expiredSince(startsAt.getTime())).toHaveLength(2)
  })

  it("expires them at its next run after a start it had set no timer for (the worker was down)", async () => {
    await watch.check()
    const startsAt = new Date(Date.now() + 1_500)
    await priceList(startsAt, null)
    await new Promise((resolve) => setTimeout(resolve, startsAt.getTime() - Date.now() + 200))
    expect(expiredSince(startsAt.getTime())).toEqual([])
    await watch.check()
    expect(expiredSince(startsAt.getTime())).toHaveLength(1)
    // and only once
    await watch.check()
    expect(expiredSince(startsAt.getTime())).toHaveLength(1)
  })

  /**
   * A write to a product with no event: plain SQL, as a script or a console
   * would, once the version's triggers are on (the servers' first store
   * product read puts them on).
   */
  const writeWithoutEvent = async (subtitle: string) => {
    await getContainer().resolve(CATALOGUE_CHANGES_MODULE).track()
    await getContainer()
      .resolve(ContainerRegistrationKeys.PG_CONNECTION)
      .raw("UPDATE product SET subtitle = ? WHERE handle = ?", [subtitle, HANDLE])
  }

  /** The revalidation subscriber sending events' tags now: it notes the version it read. */
  const subscriberSends = async () => {
    const { version } = await getContainer().resolve(CATALOGUE_CHANGES_MODULE).state()
    subscriberSent = { at: Date.now(), version }
  }

  it("expires them at its next run after a catalogue write that sent no event, once", async () => {
    await watch.check() // (the seed's price lists may have started minutes ago: expired here)
    const before = Date.now()
    await watch.check()
    expect(expiredSince(before)).toEqual([]) // nothing changed
    await writeWithoutEvent("脚本修改")
    await watch.check()
    expect(expiredSince(before)).toHaveLength(1)
    await watch.check()
    expect(expiredSince(before)).toHaveLength(1)
  })

  it("leaves a write to the revalidation subscriber when it sent the storefront something since", async () => {
    await watch.check()
    const before = Date.now()
    await writeWithoutEvent("活动修改")
    // the write's event, expired product by product, after the write
    await subscriberSends()
    await watch.check()
    expect(expiredSince(before)).toEqual([])
  })

  it("expires them after a write with no event that followed the subscriber's last send", async () => {
    await watch.check()
    const before = Date.now()
    await subscriberSends() // another product's event, in the same minute
    await writeWithoutEvent("脚本随后修改")
    await watch.check()
    expect(expiredSince(before)).toHaveLength(1)
    // and only once: the next run finds the version where it left it
    await watch.check()
    expect(expiredSince(before)).toHaveLength(1)
  })

  it("is told by the revalidation subscriber the catalogue's version each send followed", async () => {
    // a storefront that records what it is sent
    const posts: string[][] = []
    const storefront = http.createServer((request, response) => {
      let body = ""
      request.on("data", (chunk) => (body += chunk))
      request.on("end", () => {
        posts.push(JSON.parse(body).tags)
        response.end("{}")
      })
    })
    await new Promise<void>((resolve) => storefront.listen(0, "127.0.0.1", resolve))
    // the variables the subscriber reads when it handles an event, for this test only
    const restore = withEnv({
      STOREFRONT_URL: `http://127.0.0.1:${(storefront.address() as AddressInfo).port}`,
      STOREFRONT_REVALIDATE_SECRET: "test-secret",
    })
    try {
      await writeWithoutEvent("订阅者之前")
      const before = Date.now()
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product", fields: ["id"], filters: { handle: HANDLE } })
      await revalidateHandler({
        event: { name: "product.updated", data: { id: data[0].id } },
        container: getContainer(),
      })
      expect(posts.flat()).toContain(`product:${HANDLE}`)
      const { version } = await getContainer().resolve(CATALOGUE_CHANGES_MODULE).state()
      expect(lastEventRevalidation().at).toBeGreaterThanOrEqual(before)
      expect(lastEventRevalidation().version).toBe(version)
    } finally {
      restore()
      await new Promise((resolve) => storefront.close(resolve))
    }
  })
})
