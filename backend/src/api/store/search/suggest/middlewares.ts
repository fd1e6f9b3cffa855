import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { StoreSearchSuggestParams } from "./validators"

/** Checks `q` and answers 400 with the first problem in Chinese; the route reads `validatedQuery`. */
function validateSuggestQuery(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const parsed = StoreSearchSuggestParams.safeParse(req.query)
  if (!parsed.success) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, parsed.error.issues[0].message))
  }
  req.validatedQuery = parsed.data
  next()
}

export const storeSearchSuggestMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/search/suggest", methods: ["GET"], middlewares: [validateSuggestQuery] },
]
