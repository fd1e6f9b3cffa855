import type { MedusaResponse } from "@medusajs/framework/http"
import { INVOICE_MODULE, type InvoiceModuleService } from "../../../../../modules/invoice"
import { UNIT_MODULE, type UnitModuleService } from "../../../../../modules/unit"
import { invoiceableOf } from "../../../../../shared/invoice"
import { completeInvoice } from "../../../../../shared/unit"
import type {
  InvoiceRequestResponse,
  StoreUnitInvoiceRequestsResponse,
} from "../../../../../types/http/invoice"
import type { UnitInvoiceInput } from "../../../../../types/http/unit"
import {
  createInvoiceRequestWorkflow,
  invoiceableInput,
  invoiceRequestDTO,
} from "../../../../../workflows/invoice"
import { membershipOf, type UnitRequest } from "../../unit-scope"
import { unitTarget } from "./target"
import type {
  StoreCreateUnitInvoiceRequestType,
  StoreUnitInvoiceRequestsParamsType,
} from "./validators"

/**
 * GET /store/units/me/invoice-requests: the unit's 发票 requests (newest
 * first, by status, order or bulk order), the unit's invoice details to fill
 * a new one with, and, when an order or bulk order of the unit is named, what
 * can still be invoiced of it.
 */
export async function GET(
  req: UnitRequest & { validatedQuery: StoreUnitInvoiceRequestsParamsType },
  res: MedusaResponse<StoreUnitInvoiceRequestsResponse>
) {
  const { unit_id } = membershipOf(req)
  const { status, order_id, bulk_order_id } = req.validatedQuery
  const target =
    order_id || bulk_order_id
      ? await unitTarget(req.scope, unit_id, { order_id, bulk_order_id })
      : null
  const service = req.scope.resolve<InvoiceModuleService>(INVOICE_MODULE)
  const rows = await service.listInvoiceRequests(
    { unit_id, ...(status ? { status } : {}), ...(target ?? {}) },
    { order: { created_at: "DESC" }, take: null }
  )
  const unit = await req.scope.resolve<UnitModuleService>(UNIT_MODULE).retrieveUnit(unit_id)
  res.json({
    invoice_requests: rows.map(invoiceRequestDTO),
    invoice_details: completeInvoice(unit.invoice as UnitInvoiceInput | null, unit),
    invoiceable: target ? invoiceableOf(await invoiceableInput(req.scope, target)) : null,
  })
}

/** POST /store/units/me/invoice-requests: a 发票 of one of the unit's orders or bulk orders. */
export async function POST(
  req: UnitRequest<StoreCreateUnitInvoiceRequestType> & {
    validatedBody: StoreCreateUnitInvoiceRequestType
  },
  res: MedusaResponse<InvoiceRequestResponse>
) {
  const { unit_id, customer_id } = membershipOf(req)
  const { order_id, bulk_order_id, ...body } = req.validatedBody
  const target = await unitTarget(req.scope, unit_id, { order_id, bulk_order_id })
  const { result } = await createInvoiceRequestWorkflow(req.scope).run({
    input: { target, unit_id, requested_by: customer_id, body },
  })
  res.status(201).json({ invoice_request: invoiceRequestDTO(result) })
}
