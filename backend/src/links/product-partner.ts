import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ProvenanceModule from "../modules/provenance"

/**
 * Every product belongs to exactly one partner; a partner has many products.
 * Medusa refuses a second link for the same product ("Cannot create multiple
 * links"), so moving a product means dismissing the old link first.
 */
export default defineLink(
  { linkable: ProductModule.linkable.product, isList: true },
  ProvenanceModule.linkable.partner
)
