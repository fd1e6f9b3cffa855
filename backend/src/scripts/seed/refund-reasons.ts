import type { MedusaContainer, RefundReasonDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createRefundReasonsWorkflow } from "@medusajs/medusa/core-flows"
import { SHIPPING_REFUND_REASON_CODE } from "../../workflows/aid/order-facts"

/**
 * Refund reasons the support team picks from. A refund with the shipping
 * reason pays back delivery only and takes nothing from the towns' figures.
 */
export const REFUND_REASONS = [
  { code: "quality", label: "质量问题", description: "到货破损、腐坏或与描述不符" },
  { code: "shortage", label: "少发漏发", description: "实际发货数量少于订单数量" },
  { code: "goodwill", label: "协商补偿", description: "延迟发货等情况与买家协商后的部分退款" },
  {
    code: SHIPPING_REFUND_REASON_CODE,
    label: "运费退款",
    description: "仅退还运费，不涉及商品金额",
  },
]

export async function ensureRefundReasons(container: MedusaContainer) {
  const payments = container.resolve(Modules.PAYMENT)
  // listed with their code (selected, though RefundReasonDTO does not name it)
  type Listed = RefundReasonDTO & { code?: string | null }
  const existing: Listed[] = await payments.listRefundReasons({}, { select: ["id", "code"] })
  const missing = REFUND_REASONS.filter((r) => !existing.some((e) => e.code === r.code))
  if (missing.length) {
    await createRefundReasonsWorkflow(container).run({ input: { data: missing } })
  }
  const all: Listed[] = await payments.listRefundReasons({}, { select: ["id", "code"] })
  return Object.fromEntries(all.map((r) => [r.code, r.id])) as Record<string, string>
}
