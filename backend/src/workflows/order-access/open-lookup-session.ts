import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useLookupCodeStep, type UseLookupCodeInput } from "./steps/use-lookup-code"

/**
 * A guest enters the code sent to a contact: the code is checked and used up
 * (or its attempt counted). The route gives a lookup token for the contact
 * when the code was right.
 */
export const openOrderLookupSessionWorkflow = createWorkflow(
  "open-order-lookup-session",
  (input: UseLookupCodeInput) => {
    const check = useLookupCodeStep(input)
    return new WorkflowResponse(check)
  }
)
