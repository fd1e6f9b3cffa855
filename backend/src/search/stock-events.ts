import type { SearchTypes } from "@medusajs/framework/types"

type Graph = SearchTypes.SearchIngestionContext["container"]["query"]

/**
 * Stock events that change whether a product can be bought (`in_stock` of
 * its document): a stock level set or changed, a reservation made or
 * released (an order placed or canceled) when it brings the level to or
 * back from zero.
 */
export const STOCK_EVENTS: string[] = [
  "inventory-level.created",
  "inventory-level.updated",
  "inventory-level.deleted",
  "reservation-item.created",
  "reservation-item.updated",
  "reservation-item.deleted",
]

type ReservationRow = {
  inventory_item_id?: string
  location_id?: string
  quantity?: number | string | null
  raw_quantity?: { value?: string | number } | null
}
type LevelRow = {
  stocked_quantity?: number | string | null
  reserved_quantity?: number | string | null
  raw_stocked_quantity?: { value?: string | number } | null
  raw_reserved_quantity?: { value?: string | number } | null
}

const amount = (raw: { value?: string | number } | null | undefined, value: unknown) =>
  Number(raw?.value ?? value ?? 0)

/**
 * Whether a reservation made or released can have changed `in_stock`: only
 * when its location's available quantity is now within the reservation's
 * quantity of zero (before or after it, the level was at or below zero).
 * A checkout far from selling out leaves the product's document alone.
 * A changed reservation (its quantity unknown before) always counts.
 */
async function reservationNearZero(
  query: Graph,
  event: string,
  reservation: ReservationRow
): Promise<boolean> {
  if (event === "reservation-item.updated" || !reservation.location_id) return true
  const { data: levels } = await query.graph({
    entity: "inventory_level",
    fields: [
      "stocked_quantity",
      "reserved_quantity",
      "raw_stocked_quantity",
      "raw_reserved_quantity",
    ],
    filters: {
      inventory_item_id: reservation.inventory_item_id,
      location_id: reservation.location_id,
    },
  })
  const level = levels[0] as LevelRow | undefined
  if (!level) return true
  const available =
    amount(level.raw_stocked_quantity, level.stocked_quantity) -
    amount(level.raw_reserved_quantity, level.reserved_quantity)
  return available <= amount(reservation.raw_quantity, reservation.quantity)
}

/**
 * The products whose variants use the inventory item of a stock level or
 * reservation; none for a reservation that cannot have changed `in_stock`.
 */
export async function productsOfStock(
  query: Graph,
  event: string,
  id: string | undefined
): Promise<string[]> {
  if (!id) return []
  const isReservation = event.startsWith("reservation-item.")
  const { data: rows } = await query.graph({
    entity: isReservation ? "reservation_item" : "inventory_level",
    fields: isReservation
      ? ["inventory_item_id", "location_id", "quantity", "raw_quantity"]
      : ["inventory_item_id"],
    filters: { id },
    withDeleted: true,
  })
  const row = rows[0] as ReservationRow | undefined
  const itemId = row?.inventory_item_id
  if (!itemId) return []
  if (isReservation && !(await reservationNearZero(query, event, row))) return []
  const { data: items } = await query.graph({
    entity: "inventory_item",
    fields: ["variants.product_id"],
    filters: { id: itemId },
  })
  const variants = (items[0] as { variants?: ({ product_id?: string } | null)[] } | undefined)
    ?.variants
  return [...new Set((variants ?? []).flatMap((v) => (v?.product_id ? [v.product_id] : [])))]
}
