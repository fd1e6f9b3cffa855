import { Modules } from "@medusajs/framework/utils"
import type { LinkDefinition } from "@medusajs/framework/types"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createRemoteLinkStep,
  emitEventStep,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { PROVENANCE_EVENTS, PROVENANCE_MODULE } from "../../modules/provenance"
import type { PartnerCreateInput } from "../../shared/provenance"
import { createPartnerStep } from "./steps/create-partner"

export const MANUAL_FULFILLMENT_PROVIDER_ID = "manual_manual"

/**
 * Creates a partner with its own stock location, so that its stock is kept
 * per farm. The location is linked to the partner, to every sales channel and
 * to the manual fulfillment provider. Every step undoes itself on failure.
 */
export const createPartnerWorkflow = createWorkflow(
  "create-partner",
  (input: PartnerCreateInput) => {
    const partner = createPartnerStep(input)

    const { data: towns } = useQueryGraphStep({
      entity: "town",
      fields: ["id", "name", "district"],
      filters: { id: input.town_id },
    }).config({ name: "get-partner-town" })

    const locationInput = transform({ partner, towns }, ({ partner, towns }) => ({
      locations: [
        {
          name: partner.name,
          address: {
            address_1:
              partner.address || `${towns[0]?.district ?? "梅县区"}${towns[0]?.name ?? ""}`,
            city: "梅州市",
            province: "广东省",
            country_code: "cn",
          },
          metadata: { partner_id: partner.id },
        },
      ],
    }))
    const locations = createStockLocationsWorkflow.runAsStep({ input: locationInput })

    const { data: salesChannels } = useQueryGraphStep({
      entity: "sales_channel",
      fields: ["id"],
    }).config({ name: "get-sales-channels" })

    const links = transform({ partner, locations }, ({ partner, locations }): LinkDefinition[] => [
      {
        [PROVENANCE_MODULE]: { partner_id: partner.id },
        [Modules.STOCK_LOCATION]: { stock_location_id: locations[0].id },
      },
      {
        [Modules.STOCK_LOCATION]: { stock_location_id: locations[0].id },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: MANUAL_FULFILLMENT_PROVIDER_ID },
      },
    ])
    createRemoteLinkStep(links)

    const channelInput = transform(
      { locations, salesChannels },
      ({ locations, salesChannels }) => ({
        id: locations[0].id,
        add: salesChannels.map((c: { id: string }) => c.id),
      })
    )
    linkSalesChannelsToStockLocationWorkflow.runAsStep({ input: channelInput })

    emitEventStep({
      eventName: PROVENANCE_EVENTS.partnerCreated,
      data: transform({ partner }, ({ partner }) => ({ id: partner.id })),
    })

    const result = transform({ partner, locations }, ({ partner, locations }) => ({
      ...partner,
      stock_location_id: locations[0].id,
    }))
    return new WorkflowResponse(result)
  }
)
