import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICE_MODULE, type InvoiceModuleService } from "../../../modules/invoice"
import { BULK_ORDER_METADATA_KEY, loadOrderBuyers } from "../../aid/order-buyer"
import {
  CHECKOUT_INVOICE_METADATA_KEY,
  checkoutInvoiceSchema,
  invoiceableFen,
} from "../../../shared/invoice"
import { fenToYuan } from "../../../shared/money"
import { queryRow } from "../../../utils/query"
import { invoiceableInput } from "../amounts"
import { invoiceLockKey, invoiceRequestRecord } from "./create-invoice-request"

type Amount = number | string | { value: string }
type CheckoutOrder = {
  id: string
  customer_id: string | null
  metadata: Record<string, unknown> | null
  payment_collections: ({ status: string; amount: Amount; captured_amount: Amount | null } | null)[]
}

export const createCheckoutInvoiceRequestStepId = "create-checkout-invoice-request"

/** Captured in full: every payment collection not canceled has its whole amount captured. */
function paidInFull(order: CheckoutOrder) {
  const open = order.payment_collections.filter((c) => c && c.status !== "canceled")
  return open.length > 0 && open.every((c) => MathBN.gte(c!.captured_amount ?? 0, c!.amount))
}

/**
 * Whether an order's metadata carries a 发票 asked for at checkout (a bulk
 * order's parcels never do: the unit asks for its 发票 on the bulk order).
 */
export function asksCheckoutInvoice(metadata: Record<string, unknown> | null | undefined) {
  return (
    checkoutInvoiceSchema.safeParse(metadata?.[CHECKOUT_INVOICE_METADATA_KEY]).success &&
    !metadata?.[BULK_ORDER_METADATA_KEY]
  )
}

/**
 * The 发票 the buyer asked for at checkout (the order's metadata), made once
 * the order is paid in full, for what can be invoiced then (paid − refunded).
 * Under the target's lock, and only while the order has no request yet: the
 * same event twice, or the placed and captured events together, make one; a
 * request the buyer made on the order page first stands instead. A unit
 * member's order is the unit's (unit_id), as the aid ledger counts it. Nothing
 * (null) before the order is paid, for a bulk order's parcel, or without one.
 */
export const createCheckoutInvoiceRequestStep = createStep(
  createCheckoutInvoiceRequestStepId,
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const order = await queryRow<CheckoutOrder>(query, {
      entity: "order",
      fields: [
        "id",
        "customer_id",
        "metadata",
        "payment_collections.status",
        "payment_collections.amount",
        "payment_collections.captured_amount",
      ],
      filters: { id: input.order_id },
    })
    const asked = checkoutInvoiceSchema.safeParse(order?.metadata?.[CHECKOUT_INVOICE_METADATA_KEY])
    if (!order || !asked.success || !asksCheckoutInvoice(order.metadata) || !paidInFull(order))
      return new StepResponse(null, null)
    // a verified unit's member buys for the unit (the aid ledger's rule): its 管理员 and 财务 see the request
    const buyers = await loadOrderBuyers(container, [{ ...order, paid_at: null }])
    const unitId = buyers.get(order.id)?.unit_id ?? null
    const service = container.resolve<InvoiceModuleService>(INVOICE_MODULE)
    const target = { order_id: order.id }
    const created = await container
      .resolve(Modules.LOCKING)
      .execute(invoiceLockKey(target), async () => {
        const [existing] = await service.listInvoiceRequests(target, { select: ["id"], take: 1 })
        if (existing) return null
        const available = invoiceableFen(await invoiceableInput(container, target))
        if (available <= BigInt(0)) return null
        return service.createInvoiceRequests(
          invoiceRequestRecord({
            target,
            unit_id: unitId,
            requested_by: order.customer_id ?? "guest",
            body: { ...asked.data, amount: fenToYuan(available) },
          })
        )
      })
    return new StepResponse(created, created?.id ?? null)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<InvoiceModuleService>(INVOICE_MODULE).deleteInvoiceRequests([id])
  }
)
