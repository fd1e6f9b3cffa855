import { shopSuite } from "../../fixtures/http"
import { runSeed } from "../../fixtures/medusa"

const COUNTED_TABLES = [
  "town",
  "village",
  "partner",
  "product",
  "product_variant",
  "product_category",
  "product_tag",
  "price",
  "inventory_item",
  "inventory_level",
  "stock_location",
  "sales_channel",
  "region",
  "tax_region",
  "api_key",
  "shipping_profile",
  "fulfillment_set",
  "shipping_option",
  "product_product_provenance_partner",
  "provenance_partner_stock_location_stock_location",
  "user",
  "user_user_provenance_partner",
  "auth_identity",
]

// the file seeds in its tests: it starts from the migrated database
shopSuite({ seeded: false }, ({ getContainer, dbConnection }) => {
  async function counts() {
    const result: Record<string, number> = {}
    for (const table of COUNTED_TABLES) {
      const rows = await dbConnection.raw(
        `SELECT count(*)::int AS n FROM "${table}" WHERE deleted_at IS NULL`
      )
      result[table] = rows.rows[0].n
    }
    return result
  }

  it("builds the shop once and changes nothing when run again", async () => {
    await runSeed(getContainer())
    const first = await counts()
    expect(first.town).toBe(5)
    expect(first.partner).toBeGreaterThanOrEqual(9)
    expect(first.product).toBeGreaterThanOrEqual(16)
    expect(first.product_product_provenance_partner).toBe(first.product)
    expect(first.provenance_partner_stock_location_stock_location).toBe(first.partner)
    expect(first.shipping_option).toBe(8)
    // the support team's admin and the demo farm account, linked to its partner
    expect(first.user).toBe(2)
    expect(first.user_user_provenance_partner).toBe(1)
    expect(first.sales_channel).toBe(1)
    expect(first.region).toBe(1)
    expect(first.api_key).toBe(1)

    await runSeed(getContainer())
    expect(await counts()).toEqual(first)
  })
})
