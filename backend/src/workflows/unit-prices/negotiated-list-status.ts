import { transform, when, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import type { PriceListStatus } from "@medusajs/framework/utils"
import { updatePriceListsWorkflow } from "@medusajs/medusa/core-flows"
import { negotiatedPriceListTitle } from "../../types/http/unit-prices"
import type { LoadedUnit } from "../unit/steps/load-unit"

/**
 * A unit's negotiated price list follows the unit: active when it is
 * verified, draft when it is disabled (Medusa applies no draft list), so a
 * disabled unit's 协议价 stops even for a customer still in its group.
 * Medusa's workflow restores the status on a later failure.
 */
export function setNegotiatedListStatus(
  unit: WorkflowData<LoadedUnit>,
  status: PriceListStatus.ACTIVE | PriceListStatus.DRAFT
) {
  when({ unit }, ({ unit }) => !!unit.price_list_id).then(() =>
    updatePriceListsWorkflow.runAsStep({
      input: transform({ unit }, ({ unit }) => ({
        price_lists_data: [{ id: unit.price_list_id!, status }],
      })),
    })
  )
}

/** A renamed unit's negotiated price list follows its name ("协议价 · 新名称"), undone on failure. */
export function renameNegotiatedList(
  unit: WorkflowData<LoadedUnit>,
  renamed: WorkflowData<{ name: string }>,
  nameChanged: WorkflowData<boolean>
) {
  when({ unit, nameChanged }, ({ unit, nameChanged }) => !!unit.price_list_id && nameChanged).then(
    () =>
      updatePriceListsWorkflow.runAsStep({
        input: transform({ unit, renamed }, ({ unit, renamed }) => ({
          price_lists_data: [
            { id: unit.price_list_id!, title: negotiatedPriceListTitle(renamed.name) },
          ],
        })),
      })
  )
}
