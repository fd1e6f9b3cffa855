import {
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import Town from "./models/town"
import Village from "./models/village"
import Partner from "./models/partner"
import { parseOrThrow } from "./parse-or-throw"
import {
  partnerCreateSchema,
  partnerUpdateSchema,
  type PartnerCreateInput,
  type PartnerUpdateInput,
  townCreateSchema,
  townUpdateSchema,
  type TownCreateInput,
  type TownUpdateInput,
} from "../../shared/provenance"

/**
 * Towns, their villages and the partners (farms, cooperatives, firms) that
 * produce what the shop sells. The generated CRUD is kept; the methods below
 * add what it lacks: validated writes with errors a person can act on, and
 * town/village consistency.
 */
class ProvenanceModuleService extends MedusaService({
  Town,
  Village,
  Partner,
}) {
  /** Creates a town together with its villages. */
  @InjectTransactionManager()
  async createTownWithVillages(
    input: TownCreateInput,
    @MedusaContext() sharedContext: Context = {}
  ) {
    const { villages = [], ...data } = parseOrThrow(townCreateSchema, input, "town")
    await this.assertHandleFree("town", data.handle, undefined, sharedContext)
    const town = await this.createTowns(data, sharedContext)
    if (villages.length) {
      await this.createVillages(
        uniqueNames(villages).map((name) => ({ name, town_id: town.id })),
        sharedContext
      )
    }
    return town
  }

  /**
   * Updates a town. When `villages` is given, villages missing from the list
   * are added; existing villages are never removed here because partners may
   * point at them.
   */
  @InjectTransactionManager()
  async updateTownWithVillages(
    id: string,
    input: TownUpdateInput,
    @MedusaContext() sharedContext: Context = {}
  ) {
    const { villages, ...data } = parseOrThrow(townUpdateSchema, input, "town")
    const existing = await this.retrieveTown(id, { relations: ["villages"] }, sharedContext)
    if (data.handle && data.handle !== existing.handle) {
      await this.assertHandleFree("town", data.handle, id, sharedContext)
    }
    const town = await this.updateTowns({ id, ...data }, sharedContext)
    if (villages) {
      const known = new Set((existing.villages ?? []).map((v) => v.name))
      const added = uniqueNames(villages).filter((name) => !known.has(name))
      if (added.length) {
        await this.createVillages(
          added.map((name) => ({ name, town_id: id })),
          sharedContext
        )
      }
    }
    return town
  }

  /** Creates a partner after checking its town, village and handle. */
  @InjectTransactionManager()
  async createPartnerChecked(
    input: PartnerCreateInput,
    @MedusaContext() sharedContext: Context = {}
  ) {
    const data = parseOrThrow(partnerCreateSchema, input, "partner")
    await this.assertHandleFree("partner", data.handle, undefined, sharedContext)
    await this.assertPlace(data.town_id, data.village_id, sharedContext)
    return await this.createPartners(data, sharedContext)
  }

  /** Updates a partner after checking its town, village and handle. */
  @InjectTransactionManager()
  async updatePartnerChecked(
    id: string,
    input: PartnerUpdateInput,
    @MedusaContext() sharedContext: Context = {}
  ) {
    const data = parseOrThrow(partnerUpdateSchema, input, "partner")
    const existing = await this.retrievePartner(id, {}, sharedContext)
    if (data.handle && data.handle !== existing.handle) {
      await this.assertHandleFree("partner", data.handle, id, sharedContext)
    }
    const townId = data.town_id ?? existing.town_id
    let villageId = data.village_id === undefined ? existing.village_id : data.village_id
    if (data.town_id && data.town_id !== existing.town_id && data.village_id === undefined) {
      // Moving to another town drops a village that belongs to the old one.
      villageId = null
      data.village_id = null
    }
    await this.assertPlace(townId, villageId, sharedContext)
    return await this.updatePartners({ id, ...data }, sharedContext)
  }

  private async assertHandleFree(
    kind: "town" | "partner",
    handle: string,
    exceptId: string | undefined,
    sharedContext: Context
  ) {
    const found =
      kind === "town"
        ? await this.listTowns({ handle }, { select: ["id"] }, sharedContext)
        : await this.listPartners({ handle }, { select: ["id"] }, sharedContext)
    if (found.some((r) => r.id !== exceptId)) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `A ${kind} with handle "${handle}" already exists`
      )
    }
  }

  private async assertPlace(
    townId: string,
    villageId: string | null | undefined,
    sharedContext: Context
  ) {
    const [town] = await this.listTowns({ id: townId }, { select: ["id"] }, sharedContext)
    if (!town) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Town "${townId}" does not exist`)
    }
    if (villageId) {
      const [village] = await this.listVillages(
        { id: villageId },
        { select: ["id", "town_id"] },
        sharedContext
      )
      if (!village) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Village "${villageId}" does not exist`
        )
      }
      if (village.town_id !== townId) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Village "${villageId}" is not in town "${townId}"`
        )
      }
    }
  }
}

function uniqueNames(names: string[]): string[] {
  return Array.from(new Set(names.map((n) => n.trim()).filter(Boolean)))
}

export default ProvenanceModuleService
