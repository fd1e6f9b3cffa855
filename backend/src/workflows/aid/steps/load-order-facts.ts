import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadOrderFacts } from "../order-facts"

export const loadOrderFactsStep = createStep(
  "load-order-facts",
  async (input: { order_ids: string[] }, { container }) => {
    return new StepResponse(await loadOrderFacts(container, input.order_ids))
  }
)
