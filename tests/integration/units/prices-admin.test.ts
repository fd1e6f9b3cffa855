/**
 * The support team's unit prices (/admin/unit-prices): tiers set on a
 * variant become prices of Medusa's unit price list (ruled on the
 * 已认证单位 customer group) with their quantity ranges; bad tiers are a
 * 400 with a Chinese message and change nothing; a tier above the retail
 * price needs a confirmation; a farm account gets 403.
 */
import { demoFarmHeaders } from "../../fixtures/farm"
import { shopSuite } from "../../fixtures/http"
import { RICE_TIERS, unitPrices } from "../../fixtures/unit-prices"

shopSuite((suite) => {
  const { api } = suite
  const { variantId, setTiers } = unitPrices(suite)

  it("sets a variant's tiers, lists them with the retail price, and replaces or removes them", async () => {
    const id = await variantId()
    const set = await setTiers(id, { tiers: RICE_TIERS })
    expect(set.status, JSON.stringify(set.data)).toBe(200)
    expect(set.data.variant).toMatchObject({
      id,
      sku: "SJ-RICE-SIMIAO-10J",
      retail_price: "68.00",
      tiers: [
        { min_quantity: 1, max_quantity: 49, amount: "64.00" },
        { min_quantity: 50, max_quantity: 199, amount: "60.00" },
        { min_quantity: 200, max_quantity: null, amount: "56.50" },
      ],
    })

    // a Medusa price list ruled on the shared group holds them
    const pricing = suite.getContainer().resolve("pricing") as any
    const lists = await pricing.listPriceLists({}, { relations: ["price_list_rules", "prices"] })
    const list = lists.find((l: any) => l.title === "单位价（已认证单位）")
    expect(list).toMatchObject({ type: "override", status: "active" })
    const customers = suite.getContainer().resolve("customer") as any
    const [group] = await customers.listCustomerGroups({ name: "已认证单位" })
    expect(list.price_list_rules.map((r: any) => [r.attribute, r.value])).toEqual([
      ["customer.groups.id", [group.id]],
    ])
    // (the seed's demo tiers of other variants are in it too)
    const ours = list.prices.filter((p: any) => [64, 60, 56.5].includes(Number(p.amount)))
    expect(
      ours.map((p: any) => [Number(p.min_quantity), p.max_quantity && Number(p.max_quantity)])
    ).toEqual(
      expect.arrayContaining([
        [1, 49],
        [50, 199],
        [200, null],
      ])
    )
    expect(ours).toHaveLength(3)

    // the list page shows the product's variants, this one with its tiers
    const { data: page } = await api.get("/admin/unit-prices?q=丝苗米", suite.admin)
    const rice = page.products.find((p: any) => p.handle === "shejiang-simiao-rice")
    expect(rice.variants.map((v: any) => v.sku)).toContain("SJ-RICE-SIMIAO-10J")
    expect(rice.variants.find((v: any) => v.id === id).tiers).toHaveLength(3)
    expect(rice.variants.find((v: any) => v.sku === "SJ-RICE-SIMIAO-5J")).toMatchObject({
      retail_price: "36.90",
      tiers: [],
    })

    // set again: replaced, not added to
    const again = await setTiers(id, { tiers: [{ min_quantity: 50, amount: 61.5 }] })
    expect(again.status, JSON.stringify(again.data)).toBe(200)
    expect(again.data.variant.tiers).toEqual([
      { min_quantity: 50, max_quantity: null, amount: "61.50" },
    ])
    const removed = await setTiers(id, { tiers: [] })
    expect(removed.data.variant.tiers).toEqual([])
    const { data: one } = await api.get(`/admin/unit-prices/${id}`, suite.admin)
    expect(one.variant).toMatchObject({ retail_price: "68.00", tiers: [] })
  })

  it("edits a tier's price keeping its quantities: every tier stays", async () => {
    const id = await variantId()
    expect((await setTiers(id, { tiers: RICE_TIERS })).status).toBe(200)
    const edited = await setTiers(id, {
      tiers: [{ min_quantity: 1, amount: "63.00" }, ...RICE_TIERS.slice(1)],
    })
    expect(edited.status, JSON.stringify(edited.data)).toBe(200)
    expect(edited.data.variant.tiers.map((t: any) => t.amount)).toEqual(["63.00", "60.00", "56.50"])
  })

  it("refuses bad tiers with a 400 in Chinese and changes nothing", async () => {
    const id = await variantId()
    expect((await setTiers(id, { tiers: RICE_TIERS })).status).toBe(200)
    const bad: [unknown, RegExp][] = [
      [
        {
          tiers: [
            { min_quantity: 50, amount: "60" },
            { min_quantity: 50, amount: "58" },
          ],
        },
        /起订数量应大于/,
      ],
      [
        {
          tiers: [
            { min_quantity: 1, amount: "60" },
            { min_quantity: 50, amount: "62" },
          ],
        },
        /单价应低于/,
      ],
      [{ tiers: [{ min_quantity: 1, amount: "60.555" }] }, /最多两位小数/],
      [{ tiers: [{ min_quantity: 1, amount: "0" }] }, /大于 0/],
      [{ tiers: [{ min_quantity: 1, amount: "-5" }] }, /金额/],
      [{ tiers: [{ min_quantity: 0, amount: "60" }] }, /至少为 1/],
      [{ tiers: [{ min_quantity: 2.5, amount: "60" }] }, /整数/],
      [{ tiers: [{ min_quantity: 1 }] }, /amount|单价/],
      [
        {
          tiers: Array.from({ length: 6 }, (_, i) => ({
            min_quantity: i + 1,
            amount: `${60 - i}`,
          })),
        },
        /最多 5 档/,
      ],
      [{ tiers: [{ min_quantity: 1, amount: "60", extra: 1 }] }, /./],
      [{ tiers: "60" }, /./],
      // above the retail price of ¥68, unconfirmed
      [{ tiers: [{ min_quantity: 1, amount: "70.00" }] }, /高于零售价 ¥68.00/],
    ]
    for (const [body, message] of bad) {
      const r = await setTiers(id, body)
      expect(r.status, JSON.stringify(body)).toBe(400)
      expect(r.data.message, JSON.stringify(body)).toMatch(message)
    }
    const { data } = await api.get(`/admin/unit-prices/${id}`, suite.admin)
    expect(data.variant.tiers.map((t: any) => t.amount)).toEqual(["64.00", "60.00", "56.50"])

    // confirmed, a price above retail is taken
    const confirmed = await setTiers(id, {
      tiers: [{ min_quantity: 1, amount: "70.00" }],
      confirm_above_retail: true,
    })
    expect(confirmed.status, JSON.stringify(confirmed.data)).toBe(200)
    expect(confirmed.data.variant.tiers[0].amount).toBe("70.00")

    // no such variant
    const missing = await setTiers("variant_nope", { tiers: RICE_TIERS })
    expect(missing.status).toBe(404)
  })

  it("answers 401 without a login and 403 for a farm account, on every unit price route", async () => {
    const id = await variantId()
    const farm = await demoFarmHeaders(api)
    const calls: [string, string, unknown][] = [
      ["GET", "/admin/unit-prices", undefined],
      ["GET", `/admin/unit-prices/${id}`, undefined],
      ["POST", `/admin/unit-prices/${id}`, { tiers: RICE_TIERS }],
    ]
    for (const [method, url, data] of calls) {
      const as = (headers: Record<string, string>) =>
        api.request({ method, url, data, headers, validateStatus: () => true })
      expect((await as({})).status, url).toBe(401)
      expect((await as(farm.headers)).status, url).toBe(403)
    }
    const { data } = await api.get(`/admin/unit-prices/${id}`, suite.admin)
    expect(data.variant.tiers).toEqual([])
  })
})
