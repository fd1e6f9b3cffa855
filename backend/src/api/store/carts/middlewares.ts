import {
  authenticate,
  type MiddlewareRoute,
  validateAndTransformBody,
} from "@medusajs/framework/http"
import { checkBody } from "../../guards/check-body"
import { unitScope } from "../units/unit-scope"
import { guardCartMetadata } from "./metadata-guard"
import { verifiedUnitBuyer } from "./unit-order-scope"
import {
  StoreCartCreateRules,
  StoreCartUpdateRules,
  StoreLineItemAddRules,
  StoreLineItemUpdateRules,
  StoreUnitOrderNote,
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
  {
    matcher: "/store/carts/:id/unit-order",
    methods: ["POST"],
    middlewares: [
      authenticate("customer", ["session", "bearer"]),
      unitScope,
      verifiedUnitBuyer,
      checkBody(StoreUnitOrderNote),
      validateAndTransformBody(StoreUnitOrderNote),
    ],
  },
]
