/**
 * Bulk orders as their unit and the support team read them (the HTTP types
 * of /store/units/me/bulk-orders and /admin/bulk-orders): the bulk order and,
 * for one, each recipient's order with its status and shipping progress.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { getLastPaymentStatus } from "@medusajs/medusa/core-flows"
import { BULK_ORDER_MODULE, type BulkOrderModuleService } from "../../modules/bulk-order"
import { UNIT_MODULE, type UnitModuleService } from "../../modules/unit"
import type {
  AdminBulkOrderSummary,
  BulkOrderParcel,
  BulkOrderStatus,
  BulkOrderSummary,
  StoreBulkOrder,
} from "../../types/http/bulk-order"
import { queryRows } from "../../utils/query"
import { addressLine, type StoredAddress } from "../../shared/address"

type BulkRecord = Awaited<ReturnType<BulkOrderModuleService["listBulkOrders"]>>[number]

const iso = (value: Date | string | null | undefined) =>
  value ? new Date(value).toISOString() : null
const yuan = (value: Parameters<typeof MathBN.convert>[0]) => MathBN.convert(value).toFixed(2)

export function toBulkOrderSummary(b: BulkRecord): BulkOrderSummary {
  return {
    id: b.id,
    unit_id: b.unit_id,
    reference: b.reference,
    amount: yuan(b.amount),
    currency_code: b.currency_code,
    status: b.status,
    payment_deadline: iso(b.payment_deadline)!,
    po_number: b.po_number ?? null,
    note: b.note ?? null,
    paid_at: iso(b.paid_at),
    canceled_at: iso(b.canceled_at),
    created_at: iso(b.created_at)!,
    parcels: b.parcels,
    payment_progress:
      b.status === "paying" || b.paying_since
        ? {
            captured: b.status === "paid" ? b.parcels : b.captured_parcels,
            total: b.parcels,
            started_at: iso(b.paying_since),
            failures: b.payment_failures,
            error: b.payment_error ?? null,
          }
        : null,
  }
}

export type BulkOrderFilters = { unit_id?: string; status?: BulkOrderStatus; q?: string }

const like = (q: string) => `%${q.replace(/[\\%_]/g, "\\$&")}%`

/** Bulk orders, newest first: of a unit, by status, `q` in the reference or PO number. */
export async function listBulkOrders(
  container: MedusaContainer,
  filters: BulkOrderFilters,
  page: { limit: number; offset: number }
) {
  const where: Parameters<BulkOrderModuleService["listAndCountBulkOrders"]>[0] = {}
  if (filters.unit_id) where.unit_id = filters.unit_id
  if (filters.status) where.status = filters.status
  if (filters.q) {
    const pattern = like(filters.q)
    where.$or = [{ reference: { $ilike: pattern } }, { po_number: { $ilike: pattern } }]
  }
  const [rows, count] = await container
    .resolve<BulkOrderModuleService>(BULK_ORDER_MODULE)
    .listAndCountBulkOrders(where, {
      skip: page.offset,
      take: page.limit,
      order: { created_at: "DESC", id: "DESC" },
    })
  return { rows, count }
}

/** The unit names of bulk orders, for the support team's list. */
export async function withUnits(
  container: MedusaContainer,
  rows: BulkRecord[]
): Promise<AdminBulkOrderSummary[]> {
  const ids = [...new Set(rows.map((r) => r.unit_id))]
  const units = ids.length
    ? await container.resolve<UnitModuleService>(UNIT_MODULE).listUnits({ id: ids }, { take: null })
    : []
  const nameOf = new Map(units.map((u) => [u.id, u.name]))
  return rows.map((r) => ({
    ...toBulkOrderSummary(r),
    cancel_reason: r.cancel_reason ?? null,
    unit: nameOf.has(r.unit_id) ? { id: r.unit_id, name: nameOf.get(r.unit_id)! } : null,
  }))
}

type Quantity = number | string | null | undefined
type OrderRow = {
  id: string
  display_id: number
  status: string
  currency_code: string
  total: unknown
  payment_collections:
    | {
        status: string
        amount: unknown
        captured_amount: unknown
        refunded_amount: unknown
      }[]
    | null
  shipping_address: StoredAddress | null
  items:
    | {
        variant_sku: string | null
        title: string
        quantity: Quantity
        unit_price: unknown
        detail: {
          fulfilled_quantity: Quantity
          shipped_quantity: Quantity
          delivered_quantity: Quantity
        } | null
      }[]
    | null
}

/** Shipping progress of an order from its lines (Medusa's own rule, simplified to what a unit asks). */
function fulfillmentOf(items: NonNullable<OrderRow["items"]>, status: string): string {
  if (status === "canceled") return "canceled"
  const sum = (key: "fulfilled_quantity" | "shipped_quantity" | "delivered_quantity") =>
    items.reduce((s, i) => s + Number(i.detail?.[key] ?? 0), 0)
  const total = items.reduce((s, i) => s + Number(i.quantity ?? 0), 0)
  const progress = (done: number, full: string, part: string) =>
    done >= total ? full : done > 0 ? part : null
  return (
    progress(sum("delivered_quantity"), "delivered", "partially_delivered") ??
    progress(sum("shipped_quantity"), "shipped", "partially_shipped") ??
    progress(sum("fulfilled_quantity"), "fulfilled", "partially_fulfilled") ??
    "not_fulfilled"
  )
}

/** Medusa's payment status of an order, from its payment collections (as the admin's order page). */
const paymentStatusOf = (o: OrderRow): string =>
  getLastPaymentStatus({
    currency_code: o.currency_code,
    payment_collections: o.payment_collections ?? [],
  } as unknown as Parameters<typeof getLastPaymentStatus>[0])

async function parcelsOf(container: MedusaContainer, bulkId: string): Promise<BulkOrderParcel[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [linked] = await queryRows<{ orders: { id: string }[] | null }>(query, {
    entity: "bulk_order",
    fields: ["id", "orders.id"],
    filters: { id: bulkId },
  })
  const ids = (linked?.orders ?? []).map((o) => o.id)
  if (!ids.length) return []
  const orders = await queryRows<OrderRow>(query, {
    entity: "order",
    fields: [
      "id",
      "display_id",
      "status",
      "currency_code",
      "total",
      "payment_collections.status",
      "payment_collections.amount",
      "payment_collections.captured_amount",
      "payment_collections.refunded_amount",
      "shipping_address.*",
      "items.variant_sku",
      "items.title",
      "items.quantity",
      "items.unit_price",
      "items.detail.fulfilled_quantity",
      "items.detail.shipped_quantity",
      "items.detail.delivered_quantity",
    ],
    filters: { id: ids },
  })
  return orders
    .sort((a, b) => a.display_id - b.display_id)
    .map((o) => {
      const a = o.shipping_address
      return {
        id: o.id,
        display_id: o.display_id,
        recipient: `${a?.first_name ?? ""}${a?.last_name ?? ""}`.trim(),
        mobile: a?.phone ?? "",
        address: addressLine(a),
        total: yuan(o.total as string),
        status: o.status,
        fulfillment_status: fulfillmentOf(o.items ?? [], o.status),
        payment_status: paymentStatusOf(o),
        items: (o.items ?? []).map((i) => ({
          sku: i.variant_sku ?? "",
          title: i.title,
          quantity: Number(i.quantity ?? 0),
          unit_price: yuan(i.unit_price as string),
        })),
      }
    })
}

/**
 * One bulk order with its orders; 404 when there is none, or (`unit_id`
 * given) when it belongs to another unit: the same answer, so an id of
 * another unit's bulk order tells nothing.
 */
export async function retrieveBulkOrder(
  container: MedusaContainer,
  id: string,
  scope: { unit_id?: string } = {}
): Promise<{ view: StoreBulkOrder; record: BulkRecord }> {
  const where: Parameters<BulkOrderModuleService["listBulkOrders"]>[0] = { id }
  if (scope.unit_id) where.unit_id = scope.unit_id
  const [record] = await container
    .resolve<BulkOrderModuleService>(BULK_ORDER_MODULE)
    .listBulkOrders(where, { take: 1 })
  if (!record) throw new MedusaError(MedusaError.Types.NOT_FOUND, "批量订单不存在")
  return {
    record,
    view: { ...toBulkOrderSummary(record), orders: await parcelsOf(container, record.id) },
  }
}
