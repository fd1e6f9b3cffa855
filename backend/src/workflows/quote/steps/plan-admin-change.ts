import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE, type QuoteModuleService } from "../../../modules/quote"
import { fenToYuan, parseFen } from "../../../shared/money"
import { quoteStatusAt, type AdminUpdateQuoteBody } from "../../../shared/quote"
import type { QuoteStatus } from "../../../types/http/quote"
import { quoteLinesOf } from "../read"
import type { UpdateQuoteData } from "./update-quote"

export type AdminQuoteChange =
  | { action: "update"; id: string; body: AdminUpdateQuoteBody; by: string }
  | { action: "send"; id: string; by: string }
  | { action: "cancel"; id: string; by: string }

const refuse = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

const STATUS_WORDS: Record<QuoteStatus, string> = {
  requested: "待报价",
  quoted: "已报价",
  accepted: "已接受",
  declined: "已拒绝",
  expired: "已过期",
  cancelled: "已取消",
}

export const planAdminQuoteChangeStepId = "plan-admin-quote-change"

/**
 * What a change of the support team writes, checked against the stored
 * quote: prices and terms only while requested or quoted (a change to a
 * quoted quote takes it back to 待报价 until sent again, so a unit never
 * accepts a moving price); sending needs every line priced and valid_until
 * in the future (shipping defaults to what the cart charged); an accepted,
 * declined or cancelled quote cannot be cancelled. Nothing to undo.
 */
export const planAdminQuoteChangeStep = createStep(
  planAdminQuoteChangeStepId,
  async (change: AdminQuoteChange, { container }) => {
    const quotes = container.resolve<QuoteModuleService>(QUOTE_MODULE)
    const record = await quotes.retrieveQuote(change.id)
    const now = new Date()
    const status = quoteStatusAt(record.status, record.valid_until, now)
    const lines = quoteLinesOf(record)
    if (change.action === "cancel") {
      if (!["requested", "quoted", "expired"].includes(status)) {
        throw refuse(`询价单${STATUS_WORDS[status]}，不能取消`)
      }
      const data: UpdateQuoteData = {
        id: record.id,
        status: "cancelled",
        decided_at: now,
        decided_by: change.by,
      }
      return new StepResponse(data)
    }
    if (!["requested", "quoted", "expired"].includes(status)) {
      throw refuse(`询价单${STATUS_WORDS[status]}，不能再修改报价`)
    }
    if (change.action === "update") {
      const body = change.body
      const prices = new Map((body.lines ?? []).map((l) => [l.id, l.quoted_price]))
      for (const id of prices.keys()) {
        if (!lines.some((l) => l.id === id)) throw refuse(`询价单没有明细 ${id}`)
      }
      const data: UpdateQuoteData = {
        id: record.id,
        status: "requested",
        ...(body.lines
          ? { lines: lines.map((l) => ({ ...l, quoted_price: prices.get(l.id) ?? l.quoted_price })) }
          : {}),
        ...(body.shipping !== undefined ? { shipping: body.shipping } : {}),
        ...(body.valid_until !== undefined
          ? { valid_until: body.valid_until ? new Date(body.valid_until) : null }
          : {}),
        ...(body.delivery_from !== undefined ? { delivery_from: body.delivery_from } : {}),
        ...(body.delivery_to !== undefined ? { delivery_to: body.delivery_to } : {}),
        ...(body.terms !== undefined ? { terms: body.terms } : {}),
      }
      const from = data.delivery_from ?? record.delivery_from
      const to = data.delivery_to ?? record.delivery_to
      if (from && to && from > to) throw refuse("最早交货日期不能晚于最晚交货日期")
      return new StepResponse(data)
    }
    if (lines.some((l) => l.quoted_price === null)) throw refuse("每一行都填写报价单价后才能发送")
    if (!record.valid_until || new Date(record.valid_until).getTime() <= now.getTime()) {
      throw refuse("请先设置晚于现在的报价有效期")
    }
    const shipping =
      record.shipping === null
        ? fenToYuan(parseFen(String(record.list_shipping)) ?? BigInt(0))
        : undefined
    const data: UpdateQuoteData = {
      id: record.id,
      status: "quoted",
      quoted_at: now,
      quoted_by: change.by,
      ...(shipping !== undefined ? { shipping } : {}),
    }
    return new StepResponse(data)
  }
)
