import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AID_MODULE, type AidModuleService } from "../../../modules/aid"

export type SetTownTargetsInput = {
  year: number
  targets: { town_id: string; amount: string | number | null }[]
}

export const setTownTargetsStepId = "set-aid-town-targets"

/** Sets a year's town targets; compensation puts back the amounts it replaced. */
export const setTownTargetsStep = createStep(
  setTownTargetsStepId,
  async (input: SetTownTargetsInput, { container }) => {
    const aid = container.resolve<AidModuleService>(AID_MODULE)
    const { previous } = await aid.setTownTargets(input.year, input.targets)
    const before = new Map(previous.map((t) => [t.town_id, t.amount]))
    return new StepResponse(input, {
      year: input.year,
      targets: input.targets.map((t) => ({
        town_id: t.town_id,
        amount: before.get(t.town_id) ?? null,
      })),
    })
  },
  async (restore, { container }) => {
    if (!restore) return
    await container
      .resolve<AidModuleService>(AID_MODULE)
      .setTownTargets(restore.year, restore.targets)
  }
)
