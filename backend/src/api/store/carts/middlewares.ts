import type { MiddlewareRoute } from "@medusajs/framework/http"
import { checkBody } from "../../guards/check-body"
import { guardCartMetadata } from "./metadata-guard"
import {
  StoreCartCreateRules,
  StoreCartUpdateRules,
  StoreLineItemAddRules,
  StoreLineItemUpdateRules,
} from "./validators"

/**
 * The shop's rules on top of Medusa's cart validators: whole positive
 * quantities, the address rules, and no reserved metadata.
 */
export const storeCartMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/carts", methods: ["POST"], middlewares: [checkBody(StoreCartCreateRules)] },
  {
    matcher: "/store/carts/:id",
    methods: ["POST"],
    middlewares: [checkBody(StoreCartUpdateRules)],
  },
  {
    matcher: "/store/carts/:id/line-items",
    methods: ["POST"],
    middlewares: [checkBody(StoreLineItemAddRules)],
  },
  {
    matcher: "/store/carts/:id/line-items/:line_id",
    methods: ["POST"],
    middlewares: [checkBody(StoreLineItemUpdateRules)],
  },
  {
    matcher: "/store/carts*",
    methods: ["POST"],
    middlewares: [guardCartMetadata],
  },
]
