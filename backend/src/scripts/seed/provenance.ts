import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PROVENANCE_MODULE } from "../../modules/provenance"
import type ProvenanceModuleService from "../../modules/provenance/service"
import { createPartnerWorkflow, createTownWorkflow } from "../../workflows/provenance"
import { partners } from "./data/partners"
import { towns } from "./data/towns"
import { queryRow } from "../../utils/query"

export type SeededPartner = { id: string; handle: string; stock_location_id: string | null }

/** The five towns with their villages, and the partners with their stock locations. */
export async function ensureProvenance(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)

  const townIds = new Map<string, string>()
  for (const town of towns) {
    const [existing] = await provenance.listTowns({ handle: town.handle })
    if (existing) {
      townIds.set(town.handle, existing.id)
      continue
    }
    const { result } = await createTownWorkflow(container).run({ input: town })
    townIds.set(town.handle, result.id)
    logger.info(`Seed: town ${town.name} created`)
  }

  const seeded = new Map<string, SeededPartner>()
  for (const partner of partners) {
    const existing = await queryRow<{
      id: string
      handle: string
      stock_location: { id: string } | null
    }>(query, {
      entity: "partner",
      fields: ["id", "handle", "stock_location.id"],
      filters: { handle: partner.handle },
    })
    if (existing) {
      seeded.set(partner.handle, {
        id: existing.id,
        handle: existing.handle,
        stock_location_id: existing.stock_location?.id ?? null,
      })
      continue
    }
    const townId = townIds.get(partner.town)
    if (!townId)
      throw new Error(`Seed data: partner ${partner.handle} names unknown town ${partner.town}`)
    let villageId: string | null = null
    if (partner.village) {
      const [village] = await provenance.listVillages({ town_id: townId, name: partner.village })
      if (!village) {
        throw new Error(
          `Seed data: village ${partner.village} is not listed for town ${partner.town}`
        )
      }
      villageId = village.id
    }
    const { source, town: _town, village: _village, ...fields } = partner
    const { result } = await createPartnerWorkflow(container).run({
      input: {
        ...fields,
        town_id: townId,
        village_id: villageId,
        metadata: { demo_data: source === "demo" },
      },
    })
    seeded.set(partner.handle, {
      id: result.id,
      handle: partner.handle,
      stock_location_id: result.stock_location_id,
    })
    logger.info(`Seed: partner ${partner.name} created`)
  }
  return seeded
}
