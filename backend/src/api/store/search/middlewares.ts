import { configureStoreSearch, type MiddlewareRoute } from "@medusajs/framework/http"
import { checkSearchQuery } from "./check-query"
import { storeSearchSuggestMiddlewares } from "./suggest/middlewares"

export const storeSearchMiddlewares: MiddlewareRoute[] = [
  {
    // Medusa's store search, answered by the shop's handler (route.ts): the
    // product index (backend/src/search/product.ts) is public; `q` is checked first.
    matcher: "/store/search",
    methods: ["POST"],
    middlewares: [checkSearchQuery, configureStoreSearch({ allowed_indexes: { product: true } })],
  },
  ...storeSearchSuggestMiddlewares,
]
