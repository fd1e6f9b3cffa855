import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { requireOrderAccess } from "../order-access/require-order-access"
import { StoreBankTransferInstructionsParams } from "./instructions/validators"

/** The bank-transfer instructions: the query validated, then by order only for who may read the order. */
export const bankTransferStoreMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/bank-transfer/instructions",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(StoreBankTransferInstructionsParams, {}),
      requireOrderAccess((req) => (req.validatedQuery as { order_id?: string })?.order_id),
    ],
  },
]
