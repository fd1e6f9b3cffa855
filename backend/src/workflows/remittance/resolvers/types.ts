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
 * Today: a single order's payment (./order.ts). A bulk order (one reference,
 * the payments of many orders; payer: the unit's name) plugs in as a second
 * resolver added to `REMITTANCE_RESOLVERS` (./index.ts): the planner, the
 * workflows and the routes need no change, every payment of its target is
 * captured through the same receipt path.
 */
export interface RemittanceResolver {
  /** the target's kind: "order", later "bulk_order" */
  kind: string
  /** the shape of its references, anchored */
  pattern: RegExp
  resolve(container: MedusaContainer, reference: string): Promise<RemittanceTarget | null>
}
