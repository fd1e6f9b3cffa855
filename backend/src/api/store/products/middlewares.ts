import type { MiddlewareRoute } from "@medusajs/framework/http"
import { exposeProductProvenance } from "./expose-provenance"

/** Medusa's store products, with their partner's public fields on request. */
export const storeProductMiddlewares: MiddlewareRoute[] = [
  {
    // A wildcard matcher is registered ahead of Medusa's own
    // "/store/products" and "/store/products/:id" middlewares, so the fields
    // are allowed before Medusa validates the query.
    matcher: "/store/products*",
    methods: ["GET"],
    middlewares: [exposeProductProvenance],
  },
]
