import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadOrderFacts } from "../order-facts"

export const loadOrderFactsStepId = "load-order-facts"

export const loadOrderFactsStep = createStep(
  loadOrderFactsStepId,
  async (input: { order_ids: string[] }, { container }) => {
    return new StepResponse(await loadOrderFacts(container, input.order_ids))
  }
)
