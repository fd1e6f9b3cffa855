import type { MedusaContainer } from "@medusajs/framework/types"
import type { RemittanceTarget } from "../../../modules/remittance/planner"

/**
 * Turns a reference code found in a credit's 附言 into what it pays.
 *
 * Each resolver knows one kind of reference: its `pattern` (anchored, e.g.
 * /^MX\d{8}[2-9A-HJKMNP-Z]{6}$/) is searched for in the 附言 (see
 * modules/remittance/references.ts), and `resolve` answers the target: every
 * 对公转账 payment the reference pays, where each stands, and the payer names
 * that count as the expected payer; or null when the code pays nothing.
 *
 * Two today: a single order's payment (./order.ts, `MX…`) and a bulk order
 * (./bulk-order.ts, `MB…`: one payment standing for all its orders, payer the
 * unit). A target of kind "bulk_order" is captured by the bulk order's own
 * all-or-nothing workflow (../steps/capture.ts).
 */
export interface RemittanceResolver {
  /** the target's kind: "order" or "bulk_order" */
  kind: string
  /** the shape of its references, anchored */
  pattern: RegExp
  resolve(container: MedusaContainer, reference: string): Promise<RemittanceTarget | null>
}
