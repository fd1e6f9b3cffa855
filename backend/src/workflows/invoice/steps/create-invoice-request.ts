import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICE_MODULE, type InvoiceModuleService } from "../../../modules/invoice"
import type { InvoiceTargetFilter } from "../../../modules/invoice/service"
import { invoiceAmountProblem, type InvoiceRequestBody } from "../../../shared/invoice"
import { parseFen } from "../../../shared/money"
import { invoiceableInput } from "../amounts"

export type CreateInvoiceRequestStepInput = {
  target: InvoiceTargetFilter
  unit_id: string | null
  requested_by: string
  body: InvoiceRequestBody
}

export const createInvoiceRequestStepId = "create-invoice-request"

/** The one lock per target under which what can still be invoiced is checked and taken. */
export const invoiceLockKey = (target: InvoiceTargetFilter) =>
  "order_id" in target ? `invoice:order:${target.order_id}` : `invoice:bulk:${target.bulk_order_id}`

/** The request's row: the target, who asked, and the details copied from the body. */
export function invoiceRequestRecord(input: CreateInvoiceRequestStepInput) {
  const b = input.body
  return {
    order_id: "order_id" in input.target ? input.target.order_id : null,
    bulk_order_id: "bulk_order_id" in input.target ? input.target.bulk_order_id : null,
    unit_id: input.unit_id,
    requested_by: input.requested_by,
    kind: b.kind,
    title: b.title,
    tax_id: b.tax_id,
    registered_address: b.registered_address || null,
    registered_phone: b.registered_phone || null,
    bank_name: b.bank_name || null,
    bank_account: b.bank_account || null,
    amount: b.amount,
    email: b.email,
  }
}

/**
 * Writes the request when its amount fits what can still be invoiced (paid −
 * refunded − requested), checked and written under one lock per target so
 * that two requests at once cannot both take the same money. Compensation
 * removes it.
 */
export const createInvoiceRequestStep = createStep(
  createInvoiceRequestStepId,
  async (input: CreateInvoiceRequestStepInput, { container }) => {
    const service = container.resolve<InvoiceModuleService>(INVOICE_MODULE)
    const locking = container.resolve(Modules.LOCKING)
    const created = await locking.execute(invoiceLockKey(input.target), async () => {
      const amounts = await invoiceableInput(container, input.target)
      const problem = invoiceAmountProblem(parseFen(input.body.amount) ?? BigInt(0), amounts)
      if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
      return service.createInvoiceRequests(invoiceRequestRecord(input))
    })
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<InvoiceModuleService>(INVOICE_MODULE).deleteInvoiceRequests([id])
  }
)
