import { productTag, STOREFRONT_TAGS as TAGS } from "../shared/storefront-tags"
import { type Query, queryRows } from "./query"

/**
 * Which of the storefront's cache tags an event touches
 * (shared/storefront-tags.ts): a change of one product's data (the product,
 * a variant, a price, its stock, an order's lines) expires that product's
 * page (`product:<handle>`) and the catalogue every listing page shows
 * (`products`: the in-stock badge, the lowest price), never the other
 * products' pages. A change whose products are not known from the event (a
 * category, a town or partner, a price list, a row gone for good) expires
 * every product page too: never stale rather than quick.
 */

type Ids = string[]
/** The handles of the products some rows are about ([] when none is on a page), or null when unknown. */
type Resolver = (query: Query, ids: Ids) => Promise<string[] | null>

type Handle = { handle?: string | null }
type WithProduct = { product?: Handle | null }
type WithVariants = { variants?: (WithProduct | null)[] | null }

/** Handles when every row was found and names its product's handle, else null. */
function known(ids: Ids, rows: unknown[], handles: (string | null | undefined)[]) {
  if (rows.length < new Set(ids).size) return null
  return handles.every((handle): handle is string => Boolean(handle)) ? handles : null
}

/** The handles of the products of some inventory items (through their variants). */
async function inventoryItemHandles(query: Query, ids: Ids) {
  const rows = await queryRows<WithVariants>(query, {
    entity: "inventory_item",
    fields: ["id", "variants.product.handle"],
    filters: { id: ids },
    withDeleted: true,
  })
  const handles = rows.flatMap((row) => (row.variants ?? []).map((v) => v?.product?.handle))
  return known(ids, rows, handles)
}

/** The inventory items of some rows (levels, reservations), then their products. */
function byInventoryItem(entity: string): Resolver {
  return async (query, ids) => {
    const rows = await queryRows<{ inventory_item_id?: string | null }>(query, {
      entity,
      fields: ["id", "inventory_item_id"],
      filters: { id: ids },
      withDeleted: true,
    })
    const items = known(
      ids,
      rows,
      rows.map((row) => row.inventory_item_id)
    )
    return items && inventoryItemHandles(query, [...new Set(items)])
  }
}

async function productHandles(query: Query, ids: Ids) {
  const rows = await queryRows<Handle>(query, {
    entity: "product",
    fields: ["id", "handle"],
    filters: { id: ids },
    withDeleted: true,
  })
  return known(
    ids,
    rows,
    rows.map((row) => row.handle)
  )
}

async function variantHandles(query: Query, ids: Ids) {
  const rows = await queryRows<WithProduct>(query, {
    entity: "variant",
    fields: ["id", "product.handle"],
    filters: { id: ids },
    withDeleted: true,
  })
  return known(
    ids,
    rows,
    rows.map((row) => row.product?.handle)
  )
}

async function priceHandles(query: Query, ids: Ids) {
  const prices = await queryRows<{ price_set_id?: string | null }>(query, {
    entity: "price",
    fields: ["id", "price_set_id"],
    filters: { id: ids },
    withDeleted: true,
  })
  const sets = known(
    ids,
    prices,
    prices.map((price) => price.price_set_id)
  )
  if (!sets) return null
  const rows = await queryRows<{ variant?: WithProduct | null }>(query, {
    entity: "price_set",
    fields: ["id", "variant.product.handle"],
    filters: { id: [...new Set(sets)] },
  })
  // a price set of no variant (a shipping option's) is on no page
  const ofVariants = rows.filter((row) => row.variant)
  return known(
    [],
    ofVariants,
    ofVariants.map((row) => row.variant?.product?.handle)
  )
}

async function orderHandles(query: Query, ids: Ids) {
  type Order = { items?: ({ product_handle?: string | null } | null)[] | null }
  const rows = await queryRows<Order>(query, {
    entity: "order",
    fields: ["id", "items.product_handle"],
    filters: { id: ids },
  })
  // a line of a product since deleted has no handle: its page is gone anyway
  const handles = rows.flatMap((order) => (order.items ?? []).map((item) => item?.product_handle))
  return known(
    ids,
    rows,
    handles.filter((handle) => handle)
  )
}

const RESOLVERS: [prefix: string, resolve: Resolver][] = [
  ["product-variant.", variantHandles],
  ["product.", productHandles],
  // a product moved to another partner: its page and the listings
  ["provenance.product-partner.", productHandles],
  ["inventory-item.", inventoryItemHandles],
  ["inventory.inventory-item.", inventoryItemHandles],
  ["inventory-level.", byInventoryItem("inventory_level")],
  ["inventory.inventory-level.", byInventoryItem("inventory_level")],
  ["reservation-item.", byInventoryItem("reservation_item")],
  ["inventory.reservation-item.", byInventoryItem("reservation_item")],
  ["pricing.price.", priceHandles],
  ["order.", orderHandles],
]

/**
 * Tags of an event beyond its products': the aid counter counts orders; an
 * edited product may have a new handle, and its page under the old one
 * (tagged with the old handle, which the event does not tell) must go too.
 */
const EXTRA_BY_PREFIX: [prefix: string, tags: string[]][] = [
  ["order.", [TAGS.impact]],
  ["product.updated", [TAGS.productPages]],
]

/** Tags of the events whose products are not read: every product page with the resource. */
const BROAD_BY_PREFIX: [prefix: string, tags: string[]][] = [
  ["product-category.", [TAGS.categories]],
  ["provenance.", [TAGS.provenance]],
]
const BROAD = [TAGS.products, TAGS.productPages]

/** The ids an event is about: Medusa's `{ id }`, or a list of them. */
function idsOf(data: unknown): Ids | null {
  const id = (data as { id?: unknown } | null | undefined)?.id
  const ids = Array.isArray(id) ? id : [id]
  return ids.length && ids.every((one) => typeof one === "string" && one) ? (ids as Ids) : null
}

/** The storefront tags an event touches (the broad ones when its products cannot be read). */
export async function storefrontTagsOf(
  query: Query,
  event: { name: string; data: unknown }
): Promise<string[]> {
  const extra = EXTRA_BY_PREFIX.find(([prefix]) => event.name.startsWith(prefix))?.[1] ?? []
  const resolver = RESOLVERS.find(([prefix]) => event.name.startsWith(prefix))?.[1]
  const ids = idsOf(event.data)
  const handles = resolver && ids ? await resolver(query, ids).catch(() => null) : null
  if (handles) {
    const own = handles.map(productTag)
    return [...new Set(own.length ? [TAGS.products, ...own, ...extra] : extra)]
  }
  const own = BROAD_BY_PREFIX.find(([prefix]) => event.name.startsWith(prefix))?.[1] ?? []
  return [...new Set([...BROAD, ...own, ...extra])]
}
