import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type {
  InvoiceRequestResponse,
  OrderInvoiceRequestsResponse,
} from "../../../../../types/http/invoice"
import { CHECKOUT_INVOICE_METADATA_KEY, checkoutInvoiceSchema } from "../../../../../shared/invoice"
import { queryRow } from "../../../../../utils/query"
import {
  createInvoiceRequestWorkflow,
  invoiceRequestDTO,
  requestsOfTarget,
} from "../../../../../workflows/invoice"
import type { StoreCreateOrderInvoiceRequestType } from "./validators"

/**
 * GET /store/orders/:id/invoice-requests: the order's 发票 requests, what can
 * still be invoiced, and the 发票 asked for at checkout (kind and 抬头 only).
 */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<OrderInvoiceRequestsResponse>
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const order = await queryRow<{ metadata: Record<string, unknown> | null }>(query, {
    entity: "order",
    fields: ["id", "metadata"],
    filters: { id: req.params.id },
  })
  const asked = checkoutInvoiceSchema.safeParse(order?.metadata?.[CHECKOUT_INVOICE_METADATA_KEY])
  res.json({
    ...(await requestsOfTarget(req.scope, { order_id: req.params.id })),
    checkout_invoice: asked.success ? { kind: asked.data.kind, title: asked.data.title } : null,
  })
}

/**
 * POST /store/orders/:id/invoice-requests: the buyer asks for a 发票 of the
 * order (paid, within what is left after refunds and earlier requests). A
 * bulk order's parcel is invoiced with its bulk order, from the unit area.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<StoreCreateOrderInvoiceRequestType> & {
    validatedBody: StoreCreateOrderInvoiceRequestType
  },
  res: MedusaResponse<InvoiceRequestResponse>
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const order = await queryRow<{ id: string; metadata: Record<string, unknown> | null }>(query, {
    entity: "order",
    fields: ["id", "metadata"],
    filters: { id: req.params.id },
  })
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, "订单不存在")
  if (order.metadata?.bulk_order_id) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "此订单属于批量订单，请在单位专区按批量订单申请发票"
    )
  }
  const actor = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null
  const { result } = await createInvoiceRequestWorkflow(req.scope).run({
    input: {
      target: { order_id: order.id },
      unit_id: null,
      requested_by: actor ?? "guest",
      body: req.validatedBody,
    },
  })
  res.status(201).json({ invoice_request: invoiceRequestDTO(result) })
}
