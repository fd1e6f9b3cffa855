import type { MiddlewareRoute } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { scopeStoreFields } from "../field-scope"
import { checkBody } from "./check-body"
import {
  requireFulfillmentProvider,
  requireModule,
  requireRecord,
  StockLocationNameRules,
} from "./core-gaps"
import { guardInput } from "./input-guard"
import { requireIndexModule } from "./index-module"

/**
 * Guards for every request, registered first: input shape (characters,
 * paging, nesting) before any route or the database sees it, and the
 * store's field expansion kept to public fields. Then edge fixes for Medusa
 * core routes that would answer 500 to a request at fault (core-gaps.ts).
 */
export const guardMiddlewares: MiddlewareRoute[] = [
  { matcher: "/", middlewares: [guardInput] },
  { matcher: "/store*", middlewares: [scopeStoreFields] },
  // wildcard matchers run ahead of Medusa's own middlewares for these routes
  { matcher: "/admin/index*", middlewares: [requireIndexModule] },
  {
    matcher: "/admin/rbac*",
    middlewares: [requireModule(Modules.RBAC, "Role-based access control")],
  },
  {
    matcher: "/admin/users/:id/roles*",
    middlewares: [requireModule(Modules.RBAC, "Role-based access control")],
  },
  {
    matcher: "/admin/stock-locations*",
    methods: ["POST"],
    middlewares: [checkBody(StockLocationNameRules)],
  },
  // same matcher as Medusa's: after its validators, before its route
  {
    matcher: "/store/carts/:id/line-items/:line_id",
    methods: ["DELETE"],
    middlewares: [requireRecord("cart", "id", "Cart")],
  },
  {
    matcher: "/admin/claims/:id/inbound/items/:action_id",
    methods: ["DELETE"],
    middlewares: [requireRecord("order_claim", "id", "Claim")],
  },
  {
    matcher: "/admin/exchanges/:id/inbound/items/:action_id",
    methods: ["DELETE"],
    middlewares: [requireRecord("order_exchange", "id", "Exchange")],
  },
  {
    matcher: "/admin/products/:id/variants/:variant_id",
    methods: ["DELETE"],
    middlewares: [requireRecord("product", "id", "Product")],
  },
  {
    matcher: "/admin/fulfillment-providers/:id/options",
    methods: ["GET"],
    middlewares: [requireFulfillmentProvider],
  },
]
