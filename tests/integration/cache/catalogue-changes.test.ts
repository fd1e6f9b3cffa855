/**
 * The catalogue cache is keyed by a version Postgres renews on every write
 * to a catalogue table (backend/src/modules/catalogue-changes), so changes
 * that emit no event are seen at once too: price lists through the admin
 * routes and through the pricing module alone, a buyer joining and leaving a
 * unit, a unit disabled and verified again, an option renamed, a product
 * taken off the sales channel, a change made in SQL alone, and a price list
 * whose period starts while nothing is written. Each answer was cached just
 * before the change (a hit), and is read back right after it.
 */
import { Modules, PriceListStatus } from "@medusajs/framework/utils"
import type { IPricingModuleService } from "@medusajs/framework/types"
import { catalogue } from "../../fixtures/catalogue"
import { shopSuite, type Headers } from "../../fixtures/http"
import { RICE_10J, RICE_TIERS, unitPrices } from "../../fixtures/unit-prices"
import { units } from "../../fixtures/units"
import { backendRequire } from "../../fixtures/medusa"

const { CATALOGUE_CHANGES_MODULE } = backendRequire("src/modules/catalogue-changes/index.ts")

shopSuite((suite) => {
  const { api, admin, getContainer, dbConnection } = suite
  const { customer, storeCall, adminCall, unitWithMembers } = units(suite)
  const { variantId, setTiers } = unitPrices(suite)
  const { ids, prepare, get, adminPost, readAll, seen, variantOf } = catalogue(suite)

  beforeEach(prepare)

  /** The rice bag's price through the three routes, after checking they answer from the cache. */
  const cachedPrice = async (auth?: Headers) => {
    const id = await variantId()
    await readAll(auth)
    expect((await readAll(auth)).caches).toEqual(["hit", "hit", "hit"])
    return seen((p) => variantOf(p, id).calculated_price.calculated_amount, auth)
  }
  const price = async (auth?: Headers) => {
    const id = await variantId()
    return seen((p) => variantOf(p, id).calculated_price.calculated_amount, auth)
  }
  const all = (value: unknown) => Array(3).fill(value)

  const createPriceList = async (body: Record<string, unknown>) => {
    const r = await adminCall("POST", "/admin/price-lists", {
      title: "秋季促销",
      description: "缓存测试",
      type: "sale",
      status: "active",
      prices: [{ variant_id: await variantId(), currency_code: "cny", amount: 60 }],
      ...body,
    })
    expect(r.status, JSON.stringify(r.data)).toBe(200)
    return r.data.price_list.id as string
  }

  it("shows a price list's prices, status and rules at once, through the admin routes or the pricing module alone", async () => {
    expect(await cachedPrice()).toEqual(all(RICE_10J.retail))
    const listId = await createPriceList({})
    expect(await cachedPrice()).toEqual(all(60))

    await adminPost(`/admin/price-lists/${listId}`, { status: "draft" })
    expect(await cachedPrice()).toEqual(all(RICE_10J.retail))

    // the pricing module called outside any workflow: no workflow event
    const pricing = getContainer().resolve<IPricingModuleService>(Modules.PRICING)
    await pricing.updatePriceLists([{ id: listId, status: PriceListStatus.ACTIVE }])
    expect(await cachedPrice()).toEqual(all(60))
    const [listed] = await pricing.listPrices(
      { price_list_id: [listId] },
      { select: ["id", "price_set_id"] }
    )
    await pricing.updatePriceListPrices([
      {
        price_list_id: listId,
        prices: [
          { id: listed.id, price_set_id: listed.price_set_id!, currency_code: "cny", amount: 58 },
        ],
      },
    ])
    expect(await cachedPrice()).toEqual(all(58))
    await pricing.updatePriceLists([
      { id: listId, rules: { "customer.groups.id": ["cusgroup_x"] } },
    ])
    expect(await cachedPrice()).toEqual(all(RICE_10J.retail))
  })

  it("shows a buyer's unit prices at once when they join or leave a unit, and when the unit is disabled or verified again", async () => {
    expect((await setTiers(await variantId(), { tiers: RICE_TIERS })).status).toBe(200)
    const a = await unitWithMembers(95)
    const late = await customer("late95@unit-test.example.cn")
    expect(await cachedPrice(late)).toEqual(all(RICE_10J.retail))
    const joined = await storeCall("POST", "/store/units/me/members", a.admin, {
      email: "late95@unit-test.example.cn",
      role: "buyer",
    })
    expect(joined.status, JSON.stringify(joined.data)).toBe(201)
    expect(await cachedPrice(late)).toEqual(all(64))
    const left = await storeCall(
      "DELETE",
      `/store/units/me/members/${joined.data.member.id}`,
      a.admin
    )
    expect(left.status, JSON.stringify(left.data)).toBe(200)
    expect(await cachedPrice(late)).toEqual(all(RICE_10J.retail))

    expect(await cachedPrice(a.buyer)).toEqual(all(64))
    const disabled = await adminCall("POST", `/admin/units/${a.unit.id}/disable`, {
      reason: "测试",
    })
    expect(disabled.status, JSON.stringify(disabled.data)).toBe(200)
    expect(await cachedPrice(a.buyer)).toEqual(all(RICE_10J.retail))
    expect((await adminCall("POST", `/admin/units/${a.unit.id}/verify`)).status).toBe(200)
    expect(await cachedPrice(a.buyer)).toEqual(all(64))
    // a guest never gets the unit's price from the cache
    expect(await price()).toEqual(all(RICE_10J.retail))
  })

  it("shows an option's new name, a product taken off the sales channel, and a change made in SQL alone, at once", async () => {
    const url = () => `/store/products/${ids.rice}?region_id=${ids.region}&fields=id,*options`
    const { data } = await api.get(`/admin/products/${ids.rice}?fields=*options`, admin)
    const option = data.product.options[0]
    await get(url())
    expect((await get(url())).cache).toBe("hit")
    await adminPost(`/admin/product-options/${option.id}`, { title: "包装规格" })
    const renamed = await get(url())
    expect(renamed.data.product.options.find((o: any) => o.id === option.id).title).toBe("包装规格")

    const { data: channels } = await api.get("/admin/sales-channels?fields=id", admin)
    await readAll()
    expect((await readAll()).caches).toEqual(["hit", "hit", "hit"])
    for (const channel of channels.sales_channels) {
      await adminPost(`/admin/sales-channels/${channel.id}/products`, { remove: [ids.rice] })
    }
    // (Medusa filters the list by sales channel only when the store has several)
    expect((await readAll()).byIdStatus).toBe(404)
    for (const channel of channels.sales_channels) {
      await adminPost(`/admin/sales-channels/${channel.id}/products`, { add: [ids.rice] })
    }
    expect(await seen((p) => p.id)).toEqual(all(ids.rice))

    expect((await readAll()).caches).toEqual(["hit", "hit", "hit"])
    await dbConnection.raw(`UPDATE product SET title = ? WHERE id = ?`, [
      "畲江丝苗米（直改）",
      ids.rice,
    ])
    expect(await seen((p) => p.title)).toEqual(all("畲江丝苗米（直改）"))
  })

  it("shows a price list's price from the moment its period starts, with nothing written then", async () => {
    const startsAt = new Date(Date.now() + 15_000)
    await createPriceList({ starts_at: startsAt.toISOString() })
    expect(await cachedPrice()).toEqual(all(RICE_10J.retail))
    // the retail price above was cached before the period started
    expect(Date.now()).toBeLessThan(startsAt.getTime())
    await new Promise((r) => setTimeout(r, startsAt.getTime() - Date.now() + 500))
    expect(await price()).toEqual(all(60))
    expect(await cachedPrice()).toEqual(all(60))
  })
  it("moves the stock tables of a database tracked before their own group to it", async () => {
    const changes = getContainer().resolve(CATALOGUE_CHANGES_MODULE)
    await changes.track()
    const triggers = async () =>
      (
        await dbConnection.raw(
          `SELECT tgname FROM pg_trigger
            WHERE tgrelid = 'inventory_level'::regclass AND tgname LIKE 'catalogue_change%'
            ORDER BY tgname`
        )
      ).rows.map((row: { tgname: string }) => row.tgname)
    // as an earlier install left it: the stock table renewing the other tables' stripes
    await dbConnection.raw(`DROP TRIGGER catalogue_change_stock ON inventory_level`)
    await dbConnection.raw(`DROP TRIGGER catalogue_change_stock_truncate ON inventory_level`)
    await dbConnection.raw(
      `CREATE CONSTRAINT TRIGGER catalogue_change AFTER INSERT OR UPDATE OR DELETE ON inventory_level
         DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION catalogue_change_bump()`
    )
    await changes.track()
    expect(await triggers()).toEqual(["catalogue_change_stock", "catalogue_change_stock_truncate"])

    const before = await changes.state()
    await dbConnection.raw(
      `UPDATE inventory_level SET stocked_quantity = stocked_quantity + 1
        WHERE id = (SELECT id FROM inventory_level WHERE deleted_at IS NULL LIMIT 1)`
    )
    const after = await changes.state()
    expect(after.version).not.toBe(before.version)
    expect(after.versionExceptStock).toBe(before.versionExceptStock)
  })
})
