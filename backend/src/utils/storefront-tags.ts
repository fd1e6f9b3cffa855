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

/**
 * Each step reads one module's rows (or one link's), deleted ones too: a
 * deleted variant's or reservation's product page must go as well.
 */
async function read<Row>(query: Query, entity: string, field: string, filters: object) {
  return queryRows<Row>(query, { entity, fields: [field], filters, withDeleted: true })
}

/** Values when every id was found and each names one, else null. */
function known(ids: Ids, rows: unknown[], values: (string | null | undefined)[]) {
  if (rows.length < new Set(ids).size) return null
  return values.every((value): value is string => Boolean(value)) ? [...new Set(values)] : null
}

async function productHandles(query: Query, ids: Ids) {
  const rows = await queryRows<{ handle?: string | null }>(query, {
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

/** The products of some rows linked to variants (inventory items, price sets); [] for none. */
function byVariantLink(link: string, key: string): Resolver {
  return async (query, ids) => {
    const rows = await read<{ variant_id?: string | null }>(query, link, "variant_id", {
      [key]: ids,
    })
    const variants = known(
      [],
      rows,
      rows.map((row) => row.variant_id)
    )
    return variants && (variants.length ? variantHandles(query, variants) : [])
  }
}
const inventoryItemHandles = byVariantLink("product_variant_inventory_item", "inventory_item_id")
const priceSetHandles = byVariantLink("product_variant_price_set", "price_set_id")

/**
 * Rows pointing at the rows `next` resolves (levels and reservations → inventory
 * items, prices → price sets), through their foreign key or, when Query leaves
 * that out, their relation's id.
 */
function through(entity: string, relation: string, next: Resolver): Resolver {
  return async (query, ids) => {
    type Row = Record<string, string | { id?: string } | null | undefined>
    const rows = await queryRows<Row>(query, {
      entity,
      fields: ["id", `${relation}_id`, `${relation}.id`],
      filters: { id: ids },
      withDeleted: true,
    })
    const target = (row: Row) => {
      const key = row[`${relation}_id`]
      const related = row[relation]
      return typeof key === "string" ? key : typeof related === "object" ? related?.id : undefined
    }
    const targets = known(ids, rows, rows.map(target))
    return targets && next(query, targets)
  }
}

/** The products of some variants: read through the product (one module, deleted rows too). */
async function variantHandles(query: Query, ids: Ids) {
  type Product = { handle?: string | null; variants?: ({ id?: string } | null)[] | null }
  const rows = await queryRows<Product>(query, {
    entity: "product",
    fields: ["id", "handle", "variants.id"],
    filters: { variants: { id: ids } },
    withDeleted: true,
  })
  const found = new Set(rows.flatMap((row) => (row.variants ?? []).map((v) => v?.id)))
  if (ids.some((id) => !found.has(id))) return null
  return known(
    [],
    rows,
    rows.map((row) => row.handle)
  )
}

async function orderHandles(query: Query, ids: Ids) {
  type Order = { items?: ({ product_handle?: string | null } | null)[] | null }
  const rows = await read<Order>(query, "order", "items.product_handle", { id: ids })
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
  ["inventory-level.", through("inventory_level", "inventory_item", inventoryItemHandles)],
  [
    "inventory.inventory-level.",
    through("inventory_level", "inventory_item", inventoryItemHandles),
  ],
  ["reservation-item.", through("reservation_item", "inventory_item", inventoryItemHandles)],
  [
    "inventory.reservation-item.",
    through("reservation_item", "inventory_item", inventoryItemHandles),
  ],
  ["pricing.price.", through("price", "price_set", priceSetHandles)],
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
  event: { name: string; data: unknown },
  /** told why an event's products could not be read (the broad tags are sent then) */
  onError: (error: unknown) => void = () => undefined
): Promise<string[]> {
  const extra = EXTRA_BY_PREFIX.find(([prefix]) => event.name.startsWith(prefix))?.[1] ?? []
  const resolver = RESOLVERS.find(([prefix]) => event.name.startsWith(prefix))?.[1]
  const ids = idsOf(event.data)
  const handles =
    resolver && ids
      ? await resolver(query, ids).catch((error: unknown) => {
          onError(error)
          return null
        })
      : null
  if (handles) {
    const own = handles.map(productTag)
    return [...new Set(own.length ? [TAGS.products, ...own, ...extra] : extra)]
  }
  const own = BROAD_BY_PREFIX.find(([prefix]) => event.name.startsWith(prefix))?.[1] ?? []
  return [...new Set([...BROAD, ...own, ...extra])]
}
