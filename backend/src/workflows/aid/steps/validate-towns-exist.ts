import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "../../../modules/provenance"

export const validateTownsExistStepId = "validate-towns-exist"

export const validateTownsExistStep = createStep(
  validateTownsExistStepId,
  async (input: { targets: { town_id: string }[] }, { container }) => {
    const provenance = container.resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
    const ids = [...new Set(input.targets.map((t) => t.town_id))]
    const towns = await provenance.listTowns({ id: ids }, { select: ["id"] })
    const known = new Set(towns.map((t) => t.id))
    const missing = ids.filter((id) => !known.has(id))
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Unknown town: ${missing.join(", ")}`)
    }
  }
)
