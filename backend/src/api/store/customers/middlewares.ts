import type { MiddlewareRoute } from "@medusajs/framework/http"
import { checkBody } from "../../guards/check-body"
import { StoreCustomerAddressRules, StoreCustomerRules } from "./validators"

/** The shop's rules on top of Medusa's customer validators: the profile and address rules. */
export const storeCustomerMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/customers", methods: ["POST"], middlewares: [checkBody(StoreCustomerRules)] },
  {
    matcher: "/store/customers/me",
    methods: ["POST"],
    middlewares: [checkBody(StoreCustomerRules)],
  },
  {
    matcher: "/store/customers/me/addresses",
    methods: ["POST"],
    middlewares: [checkBody(StoreCustomerAddressRules)],
  },
  {
    matcher: "/store/customers/me/addresses/:address_id",
    methods: ["POST"],
    middlewares: [checkBody(StoreCustomerAddressRules)],
  },
]
