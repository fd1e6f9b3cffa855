import type { MedusaContainer } from "@medusajs/framework/types"
import type { RemittanceTarget } from "../../../modules/remittance/planner"
import { findReferences } from "../../../modules/remittance/references"
import { bulkOrderRemittanceResolver } from "./bulk-order"
import { orderRemittanceResolver } from "./order"
import type { RemittanceResolver } from "./types"

export type { RemittanceResolver } from "./types"

/** The resolvers, tried in this order for each reference (see ./types.ts to add one). */
export const REMITTANCE_RESOLVERS: RemittanceResolver[] = [
  orderRemittanceResolver,
  bulkOrderRemittanceResolver,
]

/** The references of a 附言 (or of what a person typed) that some resolver knows. */
export const referencesIn = (text: string | null | undefined) =>
  findReferences(
    text,
    REMITTANCE_RESOLVERS.map((r) => r.pattern)
  )

/**
 * What the references pay: the one target they resolve to, or null when none
 * resolves or they name different targets (the planner then flags the credit).
 */
export async function resolveTarget(
  container: MedusaContainer,
  references: string[]
): Promise<RemittanceTarget | null> {
  const targets = new Map<string, RemittanceTarget>()
  for (const reference of references) {
    for (const resolver of REMITTANCE_RESOLVERS) {
      if (!resolver.pattern.test(reference)) continue
      const target = await resolver.resolve(container, reference)
      if (target) {
        targets.set(`${target.kind}:${target.id}`, target)
        break
      }
    }
  }
  return targets.size === 1 ? [...targets.values()][0] : null
}
