import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE, type QuoteModuleService } from "../../../modules/quote"
import { fenToYuan, parseFen } from "../../../shared/money"
import { quoteStatusAt } from "../../../shared/quote"
import type { CreateBulkOrderInput } from "../../bulk-order/create-bulk-order"
import { quoteLinesOf } from "../read"
import { type BulkQuoteRecord, rowsAtQuotedPrices } from "./record"

const refuse = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

export const loadBulkQuotePlacementStepId = "load-bulk-quote-placement"

/**
 * What placing a bulk-order quote creates: the quote's rows at their lines'
 * quoted prices and the quoted shipping shared over the parcels (so the bulk
 * order's amount is the quote's total to the fen), for the member who asked,
 * under the approval it is placed with. Only a quoted quote still valid and
 * not yet placed. Nothing to undo.
 */
export const loadBulkQuotePlacementStep = createStep(
  loadBulkQuotePlacementStepId,
  async (
    data: { quote_id: string; unit_id: string; approval_id?: string | null },
    { container }
  ) => {
    const [quote] = await container
      .resolve<QuoteModuleService>(QUOTE_MODULE)
      .listQuotes({ id: data.quote_id, unit_id: data.unit_id }, { take: 1 })
    if (!quote) throw new MedusaError(MedusaError.Types.NOT_FOUND, `询价单 ${data.quote_id} 不存在`)
    const status = quoteStatusAt(quote.status, quote.valid_until)
    if (status === "expired") throw refuse("报价已过期，不能再接受，请重新询价")
    if (status !== "quoted" || quote.bulk_order_id || quote.source !== "bulk_order") {
      throw refuse("询价单当前状态不能下单")
    }
    const bulk = quote.bulk as BulkQuoteRecord | null
    const lines = quoteLinesOf(quote)
    if (!bulk?.rows?.length || lines.some((l) => l.quoted_price === null)) {
      throw refuse("询价单当前状态不能下单")
    }
    const shipping = fenToYuan(parseFen(String(quote.shipping ?? quote.list_shipping)) ?? BigInt(0))
    const input: CreateBulkOrderInput = {
      unit_id: quote.unit_id,
      customer_id: quote.requested_by,
      rows: rowsAtQuotedPrices(bulk.rows, lines),
      po_number: bulk.po_number,
      note: bulk.note,
      quoted_shipping: shipping,
      approval_id: data.approval_id ?? null,
    }
    return new StepResponse(input)
  }
)
