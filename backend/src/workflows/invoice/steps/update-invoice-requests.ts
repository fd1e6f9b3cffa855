import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICE_MODULE, type InvoiceModuleService } from "../../../modules/invoice"
import type { InvoiceStatus } from "../../../types/http/invoice"

/** The fields a status change writes. */
export type InvoiceChange = {
  status?: InvoiceStatus
  number?: string | null
  issued_on?: string | null
  issued_by?: string | null
  file_id?: string | null
  file_name?: string | null
  flagged_at?: Date | null
  reversed_at?: Date | null
}

export type UpdateInvoiceRequestsStepInput = {
  ids: string[]
  /** the statuses a request must be in; another is a 400 with `refusal` */
  from: InvoiceStatus[]
  change: InvoiceChange
  refusal: string
}

export const updateInvoiceRequestsStepId = "update-invoice-requests"

const FIELDS = [
  "status",
  "number",
  "issued_on",
  "issued_by",
  "file_id",
  "file_name",
  "flagged_at",
  "reversed_at",
] as const

/**
 * Moves requests from one of `from` to the change (issue, reverse, flag,
 * attach the PDF); compensation writes back what each had before.
 */
export const updateInvoiceRequestsStep = createStep(
  updateInvoiceRequestsStepId,
  async (input: UpdateInvoiceRequestsStepInput, { container }) => {
    if (!input.ids.length) return new StepResponse([], [])
    const service = container.resolve<InvoiceModuleService>(INVOICE_MODULE)
    const before = await service.listInvoiceRequests({ id: input.ids }, { take: null })
    if (before.length !== input.ids.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "发票申请不存在")
    }
    if (before.some((r) => !input.from.includes(r.status))) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, input.refusal)
    }
    const previous = before.map((r) => ({
      id: r.id,
      ...Object.fromEntries(FIELDS.map((f) => [f, r[f] ?? null])),
    })) as ({ id: string } & InvoiceChange)[]
    const updated = await service.updateInvoiceRequests(
      input.ids.map((id) => ({ id, ...input.change }))
    )
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await container.resolve<InvoiceModuleService>(INVOICE_MODULE).updateInvoiceRequests(previous)
  }
)
