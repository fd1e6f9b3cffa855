import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { FilterableOrderChangeProps, MedusaContainer } from "@medusajs/framework/types"
import BigNumber from "bignumber.js"
import { AID_MODULE, type AidModuleService } from "../../modules/aid"
import type { OrderFacts } from "../../modules/aid/attribution"
import { queryRows } from "../../utils/query"
import { CONSUMER, loadOrderBuyers } from "./order-buyer"
import { type ReceiveChange, type ReturnRow, returnReceipts } from "./return-receipts"

/** Refund reasons with this code pay back shipping only and are not attributed to items. */
export const SHIPPING_REFUND_REASON_CODE = "shipping"

/**
 * Orders imported with their original dates (e.g. the seed's order history)
 * carry metadata.aid_import = "pending" until the importer has set their dates
 * and recorded them itself; the subscriber leaves them alone until then.
 */
export const AID_IMPORT_METADATA_KEY = "aid_import"
export const AID_IMPORT_PENDING = "pending"

const ORDER_FIELDS = [
  "id",
  "display_id",
  "currency_code",
  "created_at",
  "canceled_at",
  "status",
  "customer_id",
  "metadata",
  // the line totals are computed only when the order's totals are asked for
  // together with the items' details, tax lines and adjustments
  "item_total",
  "items.*",
  "items.detail.*",
  "items.tax_lines.*",
  "items.adjustments.*",
  "payment_collections.payments.refunds.id",
  "payment_collections.payments.refunds.amount",
  "payment_collections.payments.refunds.raw_amount",
  "payment_collections.payments.refunds.created_at",
  "payment_collections.payments.refunds.refund_reason.code",
]

/** A BigNumber field as Query returns it: the number, and its exact `raw_` value beside it. */
type Decimal = number | string | null | undefined
type RawDecimal = { value?: string | number } | null | undefined

/** The fields of an order ORDER_FIELDS asks for. */
type OrderRow = {
  id: string
  display_id: number | null
  currency_code: string
  created_at: Date | string
  canceled_at: Date | string | null
  customer_id: string | null
  metadata: Record<string, unknown> | null
  items:
    | {
        id: string
        product_id: string | null
        variant_id: string | null
        product_title: string | null
        variant_title: string | null
        quantity: Decimal
        total: Decimal
        raw_total: RawDecimal
        return_received_total: Decimal
        raw_return_received_total: RawDecimal
        return_dismissed_total: Decimal
        raw_return_dismissed_total: RawDecimal
      }[]
    | null
  payment_collections:
    | ({
        payments:
          | ({
              refunds:
                | ({
                    id: string
                    amount: Decimal
                    raw_amount: RawDecimal
                    created_at: Date | string
                    refund_reason: { code: string } | null
                  } | null)[]
                | null
            } | null)[]
          | null
      } | null)[]
    | null
}

type ProductRow = { id: string; partner: { id: string; town_id: string } | null }
function decimal(raw: RawDecimal, plain: Decimal): string {
  const value = raw?.value ?? plain ?? 0
  return String(value)
}

/**
 * What each order says happened, read with Query: when it became paid (the
 * aid module's rule), lines with what was paid for them, the partner and town
 * of each product now (used for sales only: later entries copy the sale's),
 * confirmed edits, received returns, refunds.
 */
export async function loadOrderFacts(
  container: MedusaContainer,
  orderIds: string[]
): Promise<OrderFacts[]> {
  if (!orderIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const orderModule = container.resolve(Modules.ORDER)

  const orders = await queryRows<OrderRow>(query, {
    entity: "order",
    fields: ORDER_FIELDS,
    filters: { id: orderIds },
  })
  const productIds = [
    ...new Set(orders.flatMap((o) => (o.items ?? []).map((i) => i.product_id))),
  ].filter((id): id is string => Boolean(id))
  const aid = container.resolve<AidModuleService>(AID_MODULE)
  // the order module filters changes by type, though its filter type does not name it
  const confirmedChanges: FilterableOrderChangeProps & { change_type: string[] } = {
    order_id: orderIds,
    change_type: ["edit", "exchange", "claim"],
    status: "confirmed",
  }
  const receiveChanges: FilterableOrderChangeProps & { change_type: string[] } = {
    order_id: orderIds,
    change_type: ["return_receive"],
    status: "confirmed",
  }
  const [products, returns, changes, receipts, paidAt] = await Promise.all([
    productIds.length
      ? queryRows<ProductRow>(query, {
          entity: "product",
          fields: ["id", "partner.id", "partner.town_id"],
          filters: { id: productIds },
          withDeleted: true,
        })
      : Promise.resolve([]),
    queryRows<ReturnRow>(query, {
      entity: "return",
      fields: [
        "id",
        "order_id",
        "status",
        "received_at",
        "items.item_id",
        "items.received_quantity",
      ],
      filters: { order_id: orderIds },
    }),
    orderModule.listOrderChanges(confirmedChanges, {
      select: ["id", "order_id", "confirmed_at"],
      take: null,
    }),
    orderModule.listOrderChanges(receiveChanges, {
      select: ["id", "order_id", "return_id", "confirmed_at", "actions.action", "actions.details"],
      relations: ["actions"],
      take: null,
    }) as Promise<(ReceiveChange & { order_id: string })[]>,
    aid.paidAt(orderIds),
  ])
  const buyers = await loadOrderBuyers(
    container,
    orders.map((order) => ({
      id: order.id,
      customer_id: order.customer_id,
      metadata: order.metadata,
      paid_at: paidAt.get(order.id) ?? null,
    }))
  )
  const partnerOf = new Map(
    products.map((p) => [
      p.id,
      { partner_id: p.partner?.id ?? null, town_id: p.partner?.town_id ?? null },
    ])
  )

  return orders.map((order): OrderFacts => {
    const buyer = buyers.get(order.id) ?? CONSUMER
    const refunds = (order.payment_collections ?? [])
      .flatMap((pc) => pc?.payments ?? [])
      .flatMap((p) => p?.refunds ?? [])
      .filter((refund) => refund !== null)
    return {
      order_id: order.id,
      display_id: order.display_id ?? null,
      currency_code: order.currency_code,
      buyer_kind: buyer.buyer_kind,
      unit_id: buyer.unit_id,
      customer_id: order.customer_id ?? null,
      placed_at: new Date(order.created_at),
      paid_at: paidAt.get(order.id) ?? null,
      canceled_at: order.canceled_at ? new Date(order.canceled_at) : null,
      items: (order.items ?? []).map((item) => ({
        id: item.id,
        product_id: item.product_id ?? null,
        variant_id: item.variant_id ?? null,
        product_title: item.product_title ?? null,
        variant_title: item.variant_title ?? null,
        quantity: Number(item.quantity),
        // Medusa's line total leaves out units returned (received or
        // dismissed); the ledger credits the line as sold and lets the refund
        // take the money back
        total: new BigNumber(decimal(item.raw_total, item.total))
          .plus(decimal(item.raw_return_received_total, item.return_received_total))
          .plus(decimal(item.raw_return_dismissed_total, item.return_dismissed_total))
          .toFixed(),
        partner_id: partnerOf.get(item.product_id ?? "")?.partner_id ?? null,
        town_id: partnerOf.get(item.product_id ?? "")?.town_id ?? null,
      })),
      edits: changes
        .filter((c) => c.order_id === order.id && c.confirmed_at)
        .map((c) => ({ id: c.id, confirmed_at: new Date(c.confirmed_at!) })),
      // each receipt of a return received in several goes counts when it came
      returns: returnReceipts(
        returns.filter((r) => r.order_id === order.id),
        receipts.filter((c) => c.order_id === order.id)
      ),
      refunds: refunds.map((refund) => ({
        id: refund.id,
        created_at: new Date(refund.created_at),
        amount: decimal(refund.raw_amount, refund.amount),
        attributable: refund.refund_reason?.code !== SHIPPING_REFUND_REASON_CODE,
      })),
    }
  })
}
