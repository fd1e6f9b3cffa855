/**
 * With REDIS_URL set, the catalogue cache lives in Redis (Medusa's
 * caching-redis provider, shared by every server): a repeated read is a hit
 * stored in Redis, and a title, price or stock change is read back at once.
 */
import { spawn } from "node:child_process"
import Redis from "ioredis"
import type { IPricingModuleService } from "@medusajs/framework/types"
import { Modules, PriceListStatus } from "@medusajs/framework/utils"
import { freePort, portInUse } from "../../../backend/launcher/database"
import { catalogue } from "../../fixtures/catalogue"
import { shopSuite } from "../../fixtures/http"
import { RICE_10J, unitPrices } from "../../fixtures/unit-prices"

const port = await freePort()
const redisServer = spawn(
  "redis-server",
  ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
  { stdio: "ignore" }
)
for (let i = 0; i < 100 && !(await portInUse(port)); i++) {
  await new Promise((r) => setTimeout(r, 100))
}
const REDIS_URL = `redis://127.0.0.1:${port}`

afterAll(() => {
  redisServer.kill()
})

shopSuite({ env: { REDIS_URL } }, (suite) => {
  const { api, admin } = suite
  const { variantId } = unitPrices(suite)
  const { ids, prepare, adminPost, readAll, seen, variantOf, riceStock } = catalogue(suite)

  beforeEach(prepare)

  it("keeps answers in Redis and shows a title, price and stock change at once", async () => {
    await readAll()
    expect((await readAll()).caches).toEqual(["hit", "hit", "hit"])
    const client = new Redis(REDIS_URL)
    const keys = await client.keys("*store-catalogue*")
    await client.quit()
    expect(keys.length).toBeGreaterThan(0)

    await adminPost(`/admin/products/${ids.rice}`, { title: "畲江丝苗米（Redis）" })
    expect(await seen((p) => p.title)).toEqual(Array(3).fill("畲江丝苗米（Redis）"))

    const id = await variantId()
    const { variant } = await api
      .get(`/admin/products/${ids.rice}/variants/${id}?fields=*prices`, admin)
      .then((r: any) => r.data)
    const cny = variant.prices.find((p: any) => p.currency_code === "cny")
    expect(await seen((p) => variantOf(p, id).calculated_price.calculated_amount)).toEqual(
      Array(3).fill(RICE_10J.retail)
    )
    await adminPost(`/admin/products/${ids.rice}/variants/${id}`, {
      prices: [{ id: cny.id, currency_code: "cny", amount: 70 }],
    })
    expect(await seen((p) => variantOf(p, id).calculated_price.calculated_amount)).toEqual(
      Array(3).fill(70)
    )

    const stock = () => seen((p) => variantOf(p, id).inventory_quantity)
    const [before] = await stock()
    const { item, level } = await riceStock()
    await adminPost(`/admin/reservations`, {
      inventory_item_id: item.id,
      location_id: level.location_id,
      quantity: 3,
    })
    expect(await stock()).toEqual(Array(3).fill((before as number) - 3))

    // a price list set active and back to draft through the pricing module alone (no
    // workflow event)
    const pricing = suite.getContainer().resolve<IPricingModuleService>(Modules.PRICING)
    const [list] = await pricing.createPriceLists([
      {
        title: "Redis 促销",
        description: "缓存测试",
        status: PriceListStatus.DRAFT,
        prices: [{ amount: 66, currency_code: "cny", price_set_id: await priceSetOf(cny.id) }],
      },
    ])
    const price = () => seen((p) => variantOf(p, id).calculated_price.calculated_amount)
    expect(await price()).toEqual(Array(3).fill(70))
    await pricing.updatePriceLists([{ id: list.id, status: PriceListStatus.ACTIVE }])
    expect(await price()).toEqual(Array(3).fill(66))
    await pricing.updatePriceLists([{ id: list.id, status: PriceListStatus.DRAFT }])
    expect(await price()).toEqual(Array(3).fill(70))
  })

  const priceSetOf = async (priceId: string): Promise<string> => {
    const pricing = suite.getContainer().resolve<IPricingModuleService>(Modules.PRICING)
    const [price] = await pricing.listPrices({ id: [priceId] }, { select: ["id", "price_set_id"] })
    return price.price_set_id!
  }
})
