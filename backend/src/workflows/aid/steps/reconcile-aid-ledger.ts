import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import BigNumber from "bignumber.js"
import { AID_MODULE, type AidModuleService } from "../../../modules/aid"
import type { ReconciliationMismatch } from "../../../modules/aid/models/reconciliation"
import { expectedNet } from "../../../modules/aid/attribution"
import { money, yuanString } from "../../../shared/money"
import { queryRows } from "../../../utils/query"
import { loadOrderFacts } from "../order-facts"

export type { ReconciliationMismatch }

export type ReconciliationReport = {
  orders_checked: number
  mismatch_count: number
  /** the sum of every difference, without sign */
  difference_total: string
  mismatches: ReconciliationMismatch[]
  started_at: Date
  finished_at: Date
}

const PAGE = 200

export const reconcileAidLedgerStepId = "reconcile-aid-ledger"

/**
 * Compares, order by order, the ledger's net with what the order says was
 * paid for its items net of refunds (nothing for a canceled order). Orders
 * the ledger holds but the shop no longer has are reported too.
 */
export const reconcileAidLedgerStep = createStep(
  reconcileAidLedgerStepId,
  async (_: void, { container }) => {
    const started_at = new Date()
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const aid = container.resolve<AidModuleService>(AID_MODULE)
    const mismatches: ReconciliationMismatch[] = []
    const seen = new Set<string>()
    let differenceTotal = new BigNumber(0)
    let checked = 0

    const compare = (
      orderId: string,
      displayId: number | null,
      ledger: string,
      expected: string
    ) => {
      const difference = money(ledger).minus(money(expected))
      checked += 1
      if (!difference.isZero()) {
        differenceTotal = differenceTotal.plus(difference.abs())
        mismatches.push({
          order_id: orderId,
          display_id: displayId,
          ledger: yuanString(ledger),
          expected: yuanString(expected),
          difference: yuanString(difference),
        })
      }
    }

    for (let skip = 0; ; skip += PAGE) {
      const page = await queryRows<{ id: string }>(query, {
        entity: "order",
        fields: ["id"],
        filters: { is_draft_order: false },
        pagination: { skip, take: PAGE, order: { created_at: "ASC", id: "ASC" } },
      })
      if (!page.length) break
      const ids = page.map((o) => o.id)
      const [facts, ledger] = await Promise.all([
        loadOrderFacts(container, ids),
        aid.netByOrder(ids),
      ])
      for (const order of facts) {
        seen.add(order.order_id)
        compare(
          order.order_id,
          order.display_id,
          ledger.get(order.order_id) ?? "0",
          yuanString(expectedNet(order))
        )
      }
      if (page.length < PAGE) break
    }

    for (let after: string | null = null; ;) {
      const ids = await aid.ledgerOrderIds(after, 1000)
      if (!ids.length) break
      const unknown = ids.filter((id) => !seen.has(id))
      if (unknown.length) {
        const ledger = await aid.netByOrder(unknown)
        for (const id of unknown) compare(id, null, ledger.get(id) ?? "0", "0")
      }
      after = ids[ids.length - 1]
    }

    const report: ReconciliationReport = {
      orders_checked: checked,
      mismatch_count: mismatches.length,
      difference_total: yuanString(differenceTotal),
      mismatches,
      started_at,
      finished_at: new Date(),
    }
    return new StepResponse(report)
  }
)
