import { configureStoreSearch, type MiddlewareRoute } from "@medusajs/framework/http"
import { segmentSearchQuery } from "./segment-query"

export const storeSearchMiddlewares: MiddlewareRoute[] = [
  {
    // Medusa's store search: the product index (backend/src/search/product.ts)
    // is public; the buyer's query is segmented into Chinese words first.
    matcher: "/store/search*",
    methods: ["POST"],
    middlewares: [segmentSearchQuery, configureStoreSearch({ allowed_indexes: { product: true } })],
  },
]
