import { Modules } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createRemoteLinkStep,
  dismissRemoteLinkStep,
  emitEventStep,
} from "@medusajs/medusa/core-flows"
import { PROVENANCE_EVENTS, PROVENANCE_MODULE } from "../../modules/provenance"
import { validateProductPartnerStep } from "./steps/validate-product-partner"

/**
 * Assigns a product to a partner, moving it away from its current partner if
 * it has one. A product never has two partners: the old link is dismissed
 * before the new one is created, and both steps undo themselves on failure.
 * Sales already made keep the partner and town recorded at sale time.
 */
export const setProductPartnerWorkflow = createWorkflow(
  "set-product-partner",
  (input: { product_id: string; partner_id: string }) => {
    const { current_partner_id } = validateProductPartnerStep(input)

    const change = transform({ input, current_partner_id }, ({ input, current_partner_id }) => ({
      moving: current_partner_id !== input.partner_id,
      old: current_partner_id
        ? [
            {
              [Modules.PRODUCT]: { product_id: input.product_id },
              [PROVENANCE_MODULE]: { partner_id: current_partner_id },
            },
          ]
        : [],
      next: [
        {
          [Modules.PRODUCT]: { product_id: input.product_id },
          [PROVENANCE_MODULE]: { partner_id: input.partner_id },
        },
      ],
    }))

    when({ change }, ({ change }) => change.moving && change.old.length > 0).then(() => {
      dismissRemoteLinkStep(change.old)
    })
    when({ change }, ({ change }) => change.moving).then(() => {
      createRemoteLinkStep(change.next)
      emitEventStep({
        eventName: PROVENANCE_EVENTS.productPartnerSet,
        data: transform({ input, current_partner_id }, ({ input, current_partner_id }) => ({
          id: input.product_id,
          partner_id: input.partner_id,
          previous_partner_id: current_partner_id,
        })),
      })
    })

    return new WorkflowResponse(
      transform({ input, current_partner_id }, ({ input, current_partner_id }) => ({
        product_id: input.product_id,
        partner_id: input.partner_id,
        previous_partner_id: current_partner_id,
      }))
    )
  }
)
