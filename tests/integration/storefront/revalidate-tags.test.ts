/**
 * The storefront tags Medusa's events touch, read from the seeded shop
 * (backend/src/utils/storefront-tags.ts through Medusa's Query): a variant,
 * a price, a stock level or a reservation of one product names that product's
 * page and the listings, never another product's page.
 */
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { storefrontTagsOf } from "../../../backend/src/utils/storefront-tags"
import { shopSuite } from "../../fixtures/http"

const HANDLE = "meixian-golden-pomelo"
const OWN = ["products", `product:${HANDLE}`]

shopSuite(({ getContainer }) => {
  const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
  const tagsOf = (name: string, id: string) =>
    storefrontTagsOf(query(), { name, data: { id } }, (error) => {
      throw error
    })

  async function pomelo() {
    const { data } = await query().graph({
      entity: "product",
      fields: [
        "id",
        "variants.id",
        "variants.price_set.id",
        "variants.price_set.prices.id",
        "variants.inventory_items.inventory_item_id",
      ],
      filters: { handle: HANDLE },
    })
    return data[0] as any
  }

  it("names the product of a variant, a price, an inventory item, level and reservation", async () => {
    const product = await pomelo()
    const variant = product.variants[0]
    const itemId = variant.inventory_items[0].inventory_item_id
    const inventory = getContainer().resolve(Modules.INVENTORY)
    const [level] = await inventory.listInventoryLevels({ inventory_item_id: itemId })

    expect(await tagsOf("product.created", product.id)).toEqual(OWN)
    expect(await tagsOf("product-variant.updated", variant.id)).toEqual(OWN)
    expect(await tagsOf("pricing.price.updated", variant.price_set.prices[0].id)).toEqual(OWN)
    expect(await tagsOf("inventory-item.updated", itemId)).toEqual(OWN)
    expect(await tagsOf("inventory-level.updated", level.id)).toEqual(OWN)
    expect(await tagsOf("inventory.inventory-level.updated", level.id)).toEqual(OWN)

    const [reservation] = await inventory.createReservationItems([
      { inventory_item_id: itemId, location_id: level.location_id, quantity: 1 },
    ])
    expect(await tagsOf("reservation-item.created", reservation.id)).toEqual(OWN)
    // a reservation deleted as workflows do (soft) is still read: its stock came back
    await inventory.softDeleteReservationItems([reservation.id])
    expect(await tagsOf("reservation-item.deleted", reservation.id)).toEqual(OWN)
  })

  it("names every product page for a row it cannot find", async () => {
    expect(await tagsOf("product-variant.deleted", "variant_missing")).toEqual([
      "products",
      "product-pages",
    ])
  })
})
