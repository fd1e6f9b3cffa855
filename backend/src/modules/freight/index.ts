import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { FreightFulfillmentService } from "./service"

/**
 * The shop's fulfillment provider: delivery priced by weight from
 * shared/freight.ts (express and 专线 freight). Registered in the root
 * medusa-config.ts beside Medusa's manual provider; its id is `freight_freight`.
 */
export default ModuleProvider(Modules.FULFILLMENT, { services: [FreightFulfillmentService] })
