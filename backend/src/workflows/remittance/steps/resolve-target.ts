import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { RemittanceTarget } from "../../../modules/remittance/planner"
import { referencesIn, resolveTarget } from "../resolvers"

export type ResolveTargetInput = { text: string | null }
export type ResolvedTarget = { references: string[]; target: RemittanceTarget | null }

export const resolveRemittanceTargetStepId = "resolve-remittance-target"

/** The references in a 附言 (or typed by a person) and what they pay. Reads only. */
export const resolveRemittanceTargetStep = createStep(
  resolveRemittanceTargetStepId,
  async (input: ResolveTargetInput, { container }) => {
    const references = referencesIn(input.text)
    const target = references.length ? await resolveTarget(container, references) : null
    return new StepResponse<ResolvedTarget>({ references, target })
  }
)
