import type { MiddlewareRoute } from "@medusajs/framework/http"
import { holdFarmStock, orderOfReturn } from "../orders/hold-farm-stock"

/** A return received puts stock back at a farm: under the farm's stock lock (orders/hold-farm-stock.ts). */
export const adminReturnMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/returns/:id/receive/confirm",
    methods: ["POST"],
    middlewares: [holdFarmStock(orderOfReturn)],
  },
]
