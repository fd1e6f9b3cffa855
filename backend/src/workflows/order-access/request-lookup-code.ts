import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { ContactChannel } from "../../shared/contact"
import { contactHasOrdersStep } from "./steps/contact-has-orders"
import { createLookupCodeStep, type CreateLookupCodeInput } from "./steps/create-lookup-code"

export const ORDER_LOOKUP_CODE_REQUESTED = "order_lookup.code_requested"

export type OrderLookupCodeRequestedData = {
  contact: string
  channel: ContactChannel
  code: string
  expires_at: string
}

/**
 * A guest asks for a one-time code to look up the orders placed with a
 * contact. A code is made (and counted against the hourly limits) for any
 * contact, with or without orders, so the answer tells nothing; the message
 * is sent, by the `order-lookup-code` subscriber, only when the contact has
 * orders. The answer never holds the code.
 */
export const requestOrderLookupCodeWorkflow = createWorkflow(
  "request-order-lookup-code",
  (input: CreateLookupCodeInput) => {
    const created = createLookupCodeStep(input)
    const hasOrders = contactHasOrdersStep(transform({ input }, ({ input }) => input.contact))
    when({ created, hasOrders }, ({ created, hasOrders }) => created.created && hasOrders).then(
      () => {
        emitEventStep({
          eventName: ORDER_LOOKUP_CODE_REQUESTED,
          data: transform(
            { input, created },
            ({ input, created }): OrderLookupCodeRequestedData => {
              const made = created as Extract<typeof created, { created: true }>
              return {
                contact: input.contact,
                channel: input.channel,
                code: made.code,
                expires_at: made.expires_at,
              }
            }
          ),
        })
      }
    )
    const answer = transform({ created }, ({ created }) =>
      created.created
        ? { created: true as const, expires_at: created.expires_at }
        : { created: false as const, retry_after_seconds: created.retry_after_seconds }
    )
    return new WorkflowResponse(answer)
  }
)
