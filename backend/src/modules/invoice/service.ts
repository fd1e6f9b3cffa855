import type { BigNumberInput } from "@medusajs/framework/types"
import { MedusaService } from "@medusajs/framework/utils"
import { parseFen } from "../../shared/money"
import { OPEN_INVOICE_STATUSES } from "../../shared/invoice"
import type { ModelInputConfig } from "../../utils/service-input"
import InvoiceRequest from "./models/invoice-request"

type InvoiceModels = {
  InvoiceRequest: ModelInputConfig<typeof InvoiceRequest, { amount?: BigNumberInput }>
}

export type InvoiceTargetFilter = { order_id: string } | { bulk_order_id: string }

/** 发票 requests: the generated CRUD and what is already requested of a target. */
class InvoiceModuleService extends MedusaService<InvoiceModels>({ InvoiceRequest }) {
  /** Whole fen requested of an order or a bulk order and not reversed. */
  async requestedFen(target: InvoiceTargetFilter): Promise<bigint> {
    const open = await this.listInvoiceRequests(
      { ...target, status: OPEN_INVOICE_STATUSES },
      { select: ["id", "amount"], take: null }
    )
    return open.reduce((sum, r) => sum + (parseFen(String(r.amount)) ?? BigInt(0)), BigInt(0))
  }
}

export default InvoiceModuleService
