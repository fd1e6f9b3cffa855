import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import ProvenanceModule from "../modules/provenance"

/** Each partner keeps its stock at its own Medusa stock location (one-to-one). */
export default defineLink(
  ProvenanceModule.linkable.partner,
  StockLocationModule.linkable.stockLocation
)
