import type { MedusaContainer } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { BULK_ORDER_MODULE, type BulkOrderModuleService } from "../../../modules/bulk-order"
import { BULK_REFERENCE_PATTERN } from "../../../modules/bulk-order/reference"
import type { RemittanceTarget } from "../../../modules/remittance/planner"
import { UNIT_MODULE, type UnitModuleService } from "../../../modules/unit"
import type { BankTransferState } from "../../../types/http/payments"
import type { UnitInvoice } from "../../../types/http/unit"
import type { RemittanceResolver } from "./types"

const STATES: Record<string, BankTransferState> = {
  awaiting_payment: "awaiting_transfer",
  // the remittance is applied; the orders are being captured: never paid twice
  paying: "received",
  paid: "received",
  canceled: "canceled",
}

/**
 * A bulk order (`MB…`): one payment for all its orders, the bulk order's
 * amount. The target holds one payment whose id is the bulk order's: the
 * planner compares the credit with the whole amount (under or over: flagged,
 * nothing captured; a cancelled bulk order: never captured), and the capture
 * starts the bulk order's background payment (workflows/bulk-order/payment/). The
 * expected payer is the unit (its name, or its invoice title), compared
 * normalised as for single orders; another name waits for a person.
 */
export const bulkOrderRemittanceResolver: RemittanceResolver = {
  kind: "bulk_order",
  pattern: BULK_REFERENCE_PATTERN,
  async resolve(container: MedusaContainer, reference: string): Promise<RemittanceTarget | null> {
    const [bulk] = await container
      .resolve<BulkOrderModuleService>(BULK_ORDER_MODULE)
      .listBulkOrders({ reference }, { take: 1 })
    if (!bulk) return null
    const [unit] = await container
      .resolve<UnitModuleService>(UNIT_MODULE)
      .listUnits({ id: bulk.unit_id }, { take: 1 })
    const invoice = (unit?.invoice ?? null) as Partial<UnitInvoice> | null
    const payers = [unit?.name, invoice?.title].map((n) => (n ?? "").trim()).filter(Boolean)
    return {
      kind: "bulk_order",
      id: bulk.id,
      reference,
      currency_code: bulk.currency_code,
      payers: [...new Set(payers)],
      payments: [
        {
          payment_id: bulk.id,
          order_id: null,
          amount: MathBN.convert(bulk.amount).toFixed(2),
          received_amount:
            STATES[bulk.status] === "received" ? MathBN.convert(bulk.amount).toFixed(2) : "0.00",
          state: STATES[bulk.status],
        },
      ],
    }
  },
}
