import {
  authenticate,
  type MiddlewareRoute,
  validateAndTransformBody,
} from "@medusajs/framework/http"
import { StoreCartInvoiceRequest } from "./validators"

/**
 * /store/carts/:id/invoice-request: a guest's cart by its id (as Medusa's own
 * cart routes), a customer's cart only by that customer; the body checked with
 * the shared 发票 rules before anything is written.
 */
export const storeCartInvoiceMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/carts/:id/invoice-request",
    methods: ["POST"],
    middlewares: [
      authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
      validateAndTransformBody(StoreCartInvoiceRequest),
    ],
  },
]
