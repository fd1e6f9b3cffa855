import type { MiddlewareRoute } from "@medusajs/framework/http"
import { exposeProductProvenance } from "./expose-provenance"
import { serveProductsFromCache } from "./serve-from-cache"

/**
 * Medusa's store products, with their partner's public fields on request,
 * answered from the catalogue cache when it holds the answer.
 */
export const storeProductMiddlewares: MiddlewareRoute[] = [
  {
    // A wildcard matcher is registered ahead of Medusa's own
    // "/store/products" and "/store/products/:id" middlewares, so the fields
    // are allowed before Medusa validates the query, and a cached answer
    // skips Medusa's middlewares and route altogether.
    matcher: "/store/products*",
    methods: ["GET"],
    middlewares: [exposeProductProvenance, serveProductsFromCache],
  },
]
