import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE, type QuoteModuleService } from "../../../modules/quote"
import { UNIT_MODULE, type UnitModuleService } from "../../../modules/unit"
import { parseFen } from "../../../shared/money"
import { quoteStatusAt } from "../../../shared/quote"
import type { UnitMemberRole } from "../../../types/http/unit"
import type { UnitApprovalReason } from "../../../types/http/unit-approval"
import { approvalNeed } from "../../unit-approval/spending"
import { toQuoteView } from "../read"

/** Who accepts with the unit's approval counted as given. */
export const QUOTE_APPROVERS: UnitMemberRole[] = ["approver", "admin"]

export type QuoteAcceptancePlan = {
  /** place the order now; ask the unit's approval first; or answer what was done already */
  outcome: "order" | "approval" | "done"
  quote_id: string
  /** the quote's cart (null for a bulk-order quote) */
  cart_id: string | null
  amount: string
  reasons: UnitApprovalReason[]
  summary: {
    lines: {
      title: string
      variant_id: string
      quantity: number
      unit_price: string
      total: string
    }[]
    recipients: { name: string; phone: string | null; address: string }[]
  }
}

const refuse = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

export const planQuoteAcceptanceStepId = "plan-quote-acceptance"

/**
 * What accepting a quote does, decided under the unit's quote lock: an
 * accepted quote (or one waiting for the unit's approval) answers as it is,
 * so accepting twice places once; only a quoted quote still valid is
 * accepted (expired, declined, cancelled or not yet quoted: 400). When the
 * unit's approval policy holds its total, a 审批人 or 管理员 accepts with the
 * approval given, anyone else asks for it. Nothing to undo.
 */
export const planQuoteAcceptanceStep = createStep(
  planQuoteAcceptanceStepId,
  async (data: { unit_id: string; id: string; role: UnitMemberRole }, { container }) => {
    const quotes = container.resolve<QuoteModuleService>(QUOTE_MODULE)
    const [record] = await quotes.listQuotes({ id: data.id, unit_id: data.unit_id }, { take: 1 })
    if (!record) throw new MedusaError(MedusaError.Types.NOT_FOUND, `询价单 ${data.id} 不存在`)
    const quote = toQuoteView(record)
    const plan: QuoteAcceptancePlan = {
      outcome: "done",
      quote_id: quote.id,
      cart_id: record.cart_id,
      amount: quote.total,
      reasons: [],
      summary: {
        lines: quote.lines.map((l) => ({
          title: l.title,
          variant_id: l.variant_id,
          quantity: l.quantity,
          unit_price: l.quoted_price ?? l.list_price,
          total: l.total,
        })),
        recipients: quote.bulk
          ? quote.bulk.parcels.map((p) => ({
              name: p.recipient,
              phone: p.mobile,
              address: p.address,
            }))
          : [quote.recipient],
      },
    }
    if (record.status === "accepted") return new StepResponse(plan)
    const status = quoteStatusAt(record.status, record.valid_until)
    if (status === "expired") throw refuse("报价已过期，不能再接受，请重新询价")
    if (status === "requested") throw refuse("询价单还没有报价，不能接受")
    if (status !== "quoted") throw refuse("询价单已拒绝或已取消，不能接受")
    if (record.approval_id) {
      const [pending] = await container
        .resolve<UnitModuleService>(UNIT_MODULE)
        .listUnitApprovals({ id: record.approval_id, status: "pending" }, { take: 1 })
      if (pending) return new StepResponse(plan)
    }
    const need = await approvalNeed(container, data.unit_id, parseFen(quote.total) ?? BigInt(0))
    plan.reasons = need.reasons
    plan.outcome =
      need.reasons.length && !QUOTE_APPROVERS.includes(data.role) ? "approval" : "order"
    return new StepResponse(plan)
  }
)
