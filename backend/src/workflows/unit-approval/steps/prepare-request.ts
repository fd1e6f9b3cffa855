import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { UNIT_MODULE, type UnitModuleService } from "../../../modules/unit"
import { fenToYuan, parseFen } from "../../../shared/money"
import { BULK_ROW_COLUMNS, type BulkRowResolved } from "../../../types/http/bulk-order"
import { approvalNeed } from "../spending"
import { bulkSummary, cartPurchase } from "../summary"
import type { CreateApprovalInput } from "./create-approval"

export type PrepareApprovalRequestInput = {
  unit_id: string
  customer_id: string
  note?: string | null
} & (
  | { kind: "cart"; cart_id: string }
  | {
      kind: "bulk_order"
      /** the rows as the server checked them (prices are recomputed when placed) */
      rows: BulkRowResolved[]
      total: string
      po_number?: string | null
      bulk_note?: string | null
      sales_channel_ids: string[]
    }
)

const notNeeded = () =>
  new MedusaError(MedusaError.Types.NOT_ALLOWED, "这笔采购未超过单位的审批标准，可以直接下单")

export const prepareApprovalRequestStepId = "prepare-unit-approval-request"

/**
 * What an approval request records, computed on the server: the cart's lines,
 * recipient and total, or the bulk order's checked rows and total; and why
 * it needs approval (400 when it does not, or when the cart already waits).
 */
export const prepareApprovalRequestStep = createStep(
  prepareApprovalRequestStepId,
  async (data: PrepareApprovalRequestInput, { container }) => {
    const units = container.resolve<UnitModuleService>(UNIT_MODULE)
    if (data.kind === "cart") {
      const purchase = await cartPurchase(container, data.cart_id, data.customer_id)
      const [waiting] = await units.listUnitApprovals(
        { cart_id: data.cart_id, status: "pending" },
        { take: 1 }
      )
      if (waiting) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "这个购物车已经在等待审批")
      }
      const need = await approvalNeed(container, data.unit_id, purchase.amount_fen)
      if (!need.reasons.length) throw notNeeded()
      const request: CreateApprovalInput = {
        unit_id: data.unit_id,
        kind: "cart",
        amount: fenToYuan(purchase.amount_fen),
        reasons: need.reasons,
        summary: { lines: purchase.lines, recipients: purchase.recipients },
        cart_id: data.cart_id,
        input: null,
        note: data.note ?? null,
        requested_by: data.customer_id,
      }
      return new StepResponse(request)
    }
    const amountFen = parseFen(data.total) ?? BigInt(0)
    const need = await approvalNeed(container, data.unit_id, amountFen)
    if (!need.reasons.length) throw notNeeded()
    const rows = data.rows.map((row) =>
      Object.fromEntries(BULK_ROW_COLUMNS.map((column) => [column, row[column] ?? null]))
    )
    const request: CreateApprovalInput = {
      unit_id: data.unit_id,
      kind: "bulk_order",
      amount: fenToYuan(amountFen),
      reasons: need.reasons,
      summary: bulkSummary(data.rows),
      cart_id: null,
      input: {
        rows,
        po_number: data.po_number ?? null,
        note: data.bulk_note ?? null,
        sales_channel_ids: data.sales_channel_ids,
      },
      note: data.note ?? null,
      requested_by: data.customer_id,
    }
    return new StepResponse(request)
  }
)
