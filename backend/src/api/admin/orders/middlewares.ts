import type { MiddlewareRoute } from "@medusajs/framework/http"
import { holdFarmStock, orderOfPath } from "./hold-farm-stock"

/** The order page's flows that move a farm's stock take its stock lock (hold-farm-stock.ts). */
export const adminOrderMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/orders/:id/fulfillments",
    methods: ["POST"],
    middlewares: [holdFarmStock(orderOfPath)],
  },
  {
    matcher: "/admin/orders/:id/fulfillments/:fulfillment_id/cancel",
    methods: ["POST"],
    middlewares: [holdFarmStock(orderOfPath)],
  },
]
