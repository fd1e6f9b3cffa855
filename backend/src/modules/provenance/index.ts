import { Module } from "@medusajs/framework/utils"
import ProvenanceModuleService from "./service"

export const PROVENANCE_MODULE = "provenance"

/**
 * Events of the provenance workflows ({ id } of the town, partner or product).
 * The storefront's cache and the product search index follow them.
 */
export const PROVENANCE_EVENTS = {
  townCreated: "provenance.town.created",
  townUpdated: "provenance.town.updated",
  partnerCreated: "provenance.partner.created",
  partnerUpdated: "provenance.partner.updated",
  /** A product moved to another partner. */
  productPartnerSet: "provenance.product-partner.set",
} as const

export default Module(PROVENANCE_MODULE, {
  service: ProvenanceModuleService,
})

export type { ProvenanceModuleService }
