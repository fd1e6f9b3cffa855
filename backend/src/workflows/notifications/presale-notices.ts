/**
 * The pre-sale reminder: the day before a pre-sale product's shipping date
 * (its `metadata.presale_ships_from`, types/http/metadata.ts), every order
 * not cancelled with a line of it not yet fulfilled is told, once per order
 * and date.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { chinaToday } from "../../shared/china-time"
import { queryRows, type Query } from "../../utils/query"
import { readNoticeOrder, sendOrderNotice } from "./order-notices"

/** How far back orders of a pre-sale are looked for. */
const PRESALE_ORDER_DAYS = 180

type OrderRow = {
  id: string
  status: string
  items:
    | {
        product_id: string | null
        product_title: string | null
        quantity?: number | null
        detail: { quantity: number; fulfilled_quantity: number } | null
      }[]
    | null
}

/** The China-time day after `now`, YYYY-MM-DD. */
export const chinaTomorrow = (now: Date) => chinaToday(new Date(now.getTime() + 24 * 3600_000))

export async function sendPresaleReminders(container: MedusaContainer, now: Date = new Date()) {
  const query = container.resolve<Query>(ContainerRegistrationKeys.QUERY)
  const shipsOn = chinaTomorrow(now)
  const products = await queryRows<{ id: string; metadata: Record<string, unknown> | null }>(
    query,
    { entity: "product", fields: ["id", "metadata"] }
  )
  const presale = new Set(
    products.filter((p) => p.metadata?.presale_ships_from === shipsOn).map((p) => p.id)
  )
  if (!presale.size) return {}
  const orders = await queryRows<OrderRow>(query, {
    entity: "order",
    fields: [
      "id",
      "status",
      "items.product_id",
      "items.product_title",
      "items.quantity",
      "items.detail.quantity",
      "items.detail.fulfilled_quantity",
    ],
    filters: {
      status: { $nin: ["canceled", "draft", "archived"] },
      created_at: { $gte: new Date(now.getTime() - PRESALE_ORDER_DAYS * 24 * 3600_000) },
    },
  })
  const sent: Record<string, string[]> = {}
  for (const row of orders) {
    const lines = (row.items ?? []).filter(
      (i) =>
        i.product_id &&
        presale.has(i.product_id) &&
        Number(i.detail?.fulfilled_quantity ?? 0) < Number(i.detail?.quantity ?? i.quantity ?? 0)
    )
    if (!lines.length) continue
    const order = await readNoticeOrder(container, row.id)
    if (!order) continue
    const titles = [...new Set(lines.map((l) => l.product_title ?? ""))].filter(Boolean)
    sent[row.id] = await sendOrderNotice(
      container,
      order,
      "presale-ship-reminder",
      `${row.id}:${shipsOn}`,
      { ships_on: shipsOn, products: titles.join("、") }
    )
  }
  return sent
}
