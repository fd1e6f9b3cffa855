/**
 * A price list's period starts and ends with nothing written (Medusa reads
 * `starts_at`/`ends_at` when it prices), so no event expires the storefront's
 * cached pages then. The worker's price-list-boundaries job
 * (backend/src/jobs/price-list-boundaries.ts) sets a timer for each start and
 * end in the next 90 s that expires the catalogue and every product page just
 * after it; a boundary it had no timer for (the worker was down) is expired at
 * its next run. The same run expires the pages of the catalogue changes the
 * revalidation subscriber's sends did not cover (Postgres notes each change's
 * products at its commit): writes that sent no event (plain SQL), also before
 * or after another product's event. The job's watch is driven here with a
 * recording sender (the POST to the storefront's /api/revalidate is the
 * revalidation subscriber's).
 */
import http from "node:http"
import type { AddressInfo } from "node:net"
import { ContainerRegistrationKeys, Modules, PriceListStatus } from "@medusajs/framework/utils"
import { shopSuite, withEnv } from "../../fixtures/http"
import { backendRequire } from "../../fixtures/medusa"
import { backendRequireFrom } from "../../fixtures/sign-in"
import { eventually } from "../../fixtures/orders"

const TAGS = ["products", "product-pages"]
const HANDLE = "meixian-golden-pomelo"
const OTHER = "shejiang-simiao-rice"

const { PriceListBoundaryWatch } = backendRequire("src/utils/price-list-boundaries.ts")
const { pendingCoveredBy } = backendRequire("src/utils/pending-pages.ts")
const revalidateHandler = backendRequire("src/subscribers/storefront-revalidate.ts").default
const { CATALOGUE_CHANGES_MODULE } = backendRequire("src/modules/catalogue-changes/index.ts")

shopSuite(({ getContainer }) => {
  /** What the job's watch sends to the storefront's /api/revalidate, and when. */
  const sent: { at: number; tags: string[] }[] = []
  let watch: { check(): Promise<void>; stop(): void }
  const changes = () => getContainer().resolve(CATALOGUE_CHANGES_MODULE)

  beforeEach(async () => {
    sent.length = 0
    // from no pending change: the triggers on, and what the seed left taken
    await changes().track()
    await changes().takePending()
    watch = new PriceListBoundaryWatch(
      changes(),
      getContainer().resolve(ContainerRegistrationKeys.LOGGER),
      async (tags: string[]) => {
        sent.push({ at: Date.now(), tags })
      }
    )
  })

  afterEach(() => watch.stop())

  /** The pomelo's variants with their price set and inventory item. */
  async function pomelo() {
    const { data } = await getContainer()
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({
        entity: "product",
        fields: [
          "id",
          "variants.id",
          "variants.price_set.id",
          "variants.inventory_items.inventory_item_id",
        ],
        filters: { handle: HANDLE },
      })
    return data[0] as any
  }

  /** A sale price list on the pomelo's first price set, made through the pricing module alone. */
  async function priceList(startsAt: Date, endsAt: Date | null) {
    const priceSetId: string = (await pomelo()).variants[0].price_set.id
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
  const writeWithoutEvent = async (subtitle: string, handle = HANDLE) => {
    await changes().track()
    await getContainer()
      .resolve(ContainerRegistrationKeys.PG_CONNECTION)
      .raw("UPDATE product SET subtitle = ? WHERE handle = ?", [subtitle, handle])
  }

  /** The revalidation subscriber sending events' tags now: it takes the changes they cover. */
  const subscriberSends = (tags: string[]) => changes().takePendingOf(pendingCoveredBy(tags))

  /** Sends of the job received at or after `at` that expire one product's page and the listings. */
  const sentFor = (at: number, handle: string) =>
    sent.filter(
      (r) => r.at >= at && r.tags.includes(`product:${handle}`) && r.tags.includes("products")
    )

  it("expires a product's page and the listings at its next run after a write to it that sent no event, once", async () => {
    await watch.check() // (the seed's price lists may have started minutes ago: expired here)
    const before = Date.now()
    await watch.check()
    expect(sent.filter((r) => r.at >= before)).toEqual([]) // nothing changed
    await writeWithoutEvent("脚本修改")
    await watch.check()
    expect(sent.filter((r) => r.at >= before).map((r) => r.tags)).toEqual([
      ["products", `product:${HANDLE}`],
    ])
    await watch.check()
    expect(sentFor(before, HANDLE)).toHaveLength(1)
  })

  it("leaves a write to the revalidation subscriber when its send covered that product", async () => {
    await watch.check()
    const before = Date.now()
    await writeWithoutEvent("活动修改")
    // the write's event, expired product by product, after the write
    await subscriberSends(["products", `product:${HANDLE}`])
    await watch.check()
    expect(sent.filter((r) => r.at >= before)).toEqual([])
  })

  it("expires the page of a write with no event made before another product's event in the same minute", async () => {
    await watch.check()
    const before = Date.now()
    await writeWithoutEvent("脚本先改")
    await writeWithoutEvent("活动后改", OTHER)
    // the other product's event: its send covers that product only
    await subscriberSends(["products", `product:${OTHER}`])
    await watch.check()
    expect(sent.filter((r) => r.at >= before).map((r) => r.tags)).toEqual([
      ["products", `product:${HANDLE}`],
    ])
  })

  it("expires them after a write with no event that followed the subscriber's last send", async () => {
    await watch.check()
    const before = Date.now()
    await subscriberSends(["products", `product:${HANDLE}`, "product-pages"])
    await writeWithoutEvent("脚本随后修改")
    await watch.check()
    expect(sentFor(before, HANDLE)).toHaveLength(1)
    // and only once: the next run finds nothing left
    await watch.check()
    expect(sentFor(before, HANDLE)).toHaveLength(1)
  })

  it("notes a variant's new prices, a new title and a stock change as that product's, a price list as every page", async () => {
    await changes().track()
    const product = await pomelo()
    const variant = product.variants[0]
    await backendRequireFrom("@medusajs/core-flows")
      .updateProductVariantsWorkflow(getContainer())
      .run({
        input: {
          selector: { id: variant.id },
          update: { prices: [{ currency_code: "cny", amount: 31.9 }] },
        },
      })
    expect(await changes().takePending()).toEqual({ everything: false, handles: [HANDLE] })
    await backendRequireFrom("@medusajs/core-flows")
      .updateProductsWorkflow(getContainer())
      .run({ input: { selector: { id: product.id }, update: { title: "梅县金柚（节日装）" } } })
    expect(await changes().takePending()).toEqual({ everything: false, handles: [HANDLE] })

    const inventory = getContainer().resolve(Modules.INVENTORY)
    const itemId = variant.inventory_items[0].inventory_item_id
    const [level] = await inventory.listInventoryLevels({ inventory_item_id: itemId })
    await inventory.updateInventoryLevels([
      { inventory_item_id: itemId, location_id: level.location_id, stocked_quantity: 7 },
    ])
    expect(await changes().takePending()).toEqual({ everything: false, handles: [HANDLE] })

    await priceList(new Date(Date.now() + 60_000), null)
    expect((await changes().takePending()).everything).toBe(true)
    expect(await changes().takePending()).toEqual({ everything: false, handles: [] })
  })

  it("notes two open transactions' writes to one product (itself, its variant) without either waiting", async () => {
    await changes().track()
    const product = await pomelo()
    const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const first = await knex.transaction()
    const txid = async (trx: any) =>
      Number((await trx.raw("SELECT txid_current() AS id")).rows[0].id)
    const open: any[] = [first]
    try {
      // the triggers run now instead of at commit: the first's notes stay uncommitted
      await first.raw("UPDATE product SET subtitle = ? WHERE id = ?", ["事务一", product.id])
      await first.raw("SET CONSTRAINTS ALL IMMEDIATE")
      // a second transaction on another stripe of the version (those rows are updated)
      let second = await knex.transaction()
      open.push(second)
      while ((await txid(second)) % 16 === (await txid(first)) % 16) {
        second = await knex.transaction()
        open.push(second)
      }
      await second.raw("SET LOCAL statement_timeout = 3000")
      await second.raw("UPDATE product_variant SET title = title WHERE id = ?", [
        product.variants[0].id,
      ])
      // the same product noted again, while the first has not committed: no wait
      await second.raw("SET CONSTRAINTS ALL IMMEDIATE")
      await second.commit()
      await first.commit()
    } finally {
      for (const trx of open) if (!trx.isCompleted()) await trx.rollback()
    }
    expect(await changes().takePending()).toEqual({ everything: false, handles: [HANDLE] })
  })

  it("has the revalidation subscriber take the pending changes its send covers", async () => {
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
      await writeWithoutEvent("另一件商品", OTHER)
      const product = await pomelo()
      await revalidateHandler({
        event: { name: "product-variant.updated", data: { id: product.variants[0].id } },
        container: getContainer(),
      })
      expect(posts).toEqual([["products", `product:${HANDLE}`]])
      // the other product's write is left to the job
      expect(await changes().takePending()).toEqual({ everything: false, handles: [OTHER] })
    } finally {
      restore()
      await new Promise((resolve) => storefront.close(resolve))
    }
  })
})
