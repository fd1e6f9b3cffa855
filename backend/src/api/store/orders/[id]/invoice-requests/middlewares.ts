import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { refuseUnitFields } from "../../../units/unit-scope"
import { StoreCreateOrderInvoiceRequest } from "./validators"

/**
 * /store/orders/:id/invoice-requests*: behind the order privacy guard of every
 * /store/orders/:id/* route (order-access/middlewares.ts: anyone but the
 * order's buyer or the browser that placed it gets 404); no `fields`.
 */
export const storeOrderInvoiceMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/orders/:id/invoice-requests*", middlewares: [refuseUnitFields] },
  {
    matcher: "/store/orders/:id/invoice-requests",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(StoreCreateOrderInvoiceRequest)],
  },
]
