import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadOrderFactsStep } from "./steps/load-order-facts"
import { recordOrderAttributionStep } from "./steps/record-order-attribution"

/** Orders per run of the workflow (their facts are read with a few joined queries). */
export const AID_SYNC_BATCH = 50

/**
 * Brings the aid ledger up to date with what orders say happened to them:
 * placed, edited, returns received, refunded, canceled. Run on every order
 * event; running it again writes nothing new.
 */
export const syncOrderAttributionWorkflow = createWorkflow(
  "sync-order-attribution",
  (input: { order_ids: string[] }) => {
    const facts = loadOrderFactsStep(input)
    return new WorkflowResponse(recordOrderAttributionStep(facts))
  }
)
