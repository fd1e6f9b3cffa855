import {
  createWorkflow,
  transform,
  when,
  type WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  emitEventStep,
  updateStockLocationsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { PROVENANCE_EVENTS } from "../../modules/provenance"
import type { PartnerUpdateInput } from "../../shared/provenance"
import { updatePartnerStep } from "./steps/update-partner"

type StockLocationRename = { selector: { id: string }; update: { name: string } }

/** Updates a partner; a new name is carried over to its stock location. */
export const updatePartnerWorkflow = createWorkflow(
  "update-partner",
  (input: { id: string; data: PartnerUpdateInput }) => {
    const partner = updatePartnerStep(input)

    const { data: partners } = useQueryGraphStep({
      entity: "partner",
      fields: ["id", "stock_location.id", "stock_location.name"],
      filters: { id: input.id },
    }).config({ name: "get-partner-location" })

    const rename = transform(
      { partner, partners },
      ({ partner, partners }): StockLocationRename | null => {
        const [found] = partners as { stock_location: { id: string; name: string } | null }[]
        const location = found?.stock_location
        return location && location.name !== partner.name
          ? { selector: { id: location.id }, update: { name: partner.name } }
          : null
      }
    )
    when({ rename }, ({ rename }) => !!rename).then(() => {
      // only runs when there is a rename
      updateStockLocationsWorkflow.runAsStep({ input: rename as WorkflowData<StockLocationRename> })
    })
    emitEventStep({ eventName: PROVENANCE_EVENTS.partnerUpdated, data: { id: input.id } })
    return new WorkflowResponse(partner)
  }
)
