import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE, type QuoteModuleService } from "../../../modules/quote"
import { fenToYuan, formatFen, parseFen } from "../../../shared/money"
import { quoteTotals } from "../../../shared/quote"
import type { BulkRowResolved } from "../../../types/http/bulk-order"
import { quoteMinFen } from "../config"
import { nextQuoteDisplayId } from "../steps/create-quote"
import { bulkQuoteLines, bulkQuoteRecipient, type BulkQuoteRecord } from "./record"

export type CreateBulkQuoteInput = {
  unit_id: string
  requested_by: string
  message: string | null
  /** the rows as the server checked and priced them (validateBulkOrder), every one valid */
  rows: BulkRowResolved[]
  /** the shop's shipping of those rows (the preview's), decimal yuan */
  list_shipping: string
  po_number: string | null
  note: string | null
}

export const createBulkQuoteStepId = "create-bulk-quote"

/**
 * Records a quote of a bulk-order file from the rows the server checked:
 * lines of product × quantity at the shop's prices then (never a body's),
 * the parcels' recipients, the shop's shipping; the total (goods and
 * shipping) at least the quote threshold, else 400. Takes the next display
 * reference (run under the display lock). Removed again when a later step
 * fails.
 */
export const createBulkQuoteStep = createStep(
  createBulkQuoteStepId,
  async (data: CreateBulkQuoteInput, { container }) => {
    if (!data.rows.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "批量订单没有任何行")
    }
    const lines = bulkQuoteLines(data.rows)
    const shipping = fenToYuan(parseFen(data.list_shipping) ?? BigInt(0))
    const total = quoteTotals(lines, shipping).total
    const min = quoteMinFen()
    if (total < min) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `订单金额满 ${formatFen(min)} 才能询价（当前 ${formatFen(total)}），可直接下单`
      )
    }
    const bulk: BulkQuoteRecord = { rows: data.rows, po_number: data.po_number, note: data.note }
    const quotes = container.resolve<QuoteModuleService>(QUOTE_MODULE)
    const quote = await quotes.createQuotes({
      display_id: await nextQuoteDisplayId(quotes),
      unit_id: data.unit_id,
      status: "requested",
      message: data.message,
      lines,
      recipient: bulkQuoteRecipient(data.rows),
      cart_id: null,
      source_cart_id: null,
      source: "bulk_order",
      bulk,
      list_shipping: shipping,
      requested_by: data.requested_by,
    })
    return new StepResponse({ id: quote.id }, quote.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<QuoteModuleService>(QUOTE_MODULE).deleteQuotes(id)
  }
)
