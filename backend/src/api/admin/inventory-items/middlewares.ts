import type { MiddlewareRoute } from "@medusajs/framework/http"
import { auditStockEdits } from "./stock-edits-audit"

/** Stock set on Medusa's own inventory pages is audited for the farms too (stock-edits-audit.ts). */
export const adminInventoryItemMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/inventory-items/:id/location-levels",
    methods: ["POST"],
    middlewares: [auditStockEdits],
  },
  {
    matcher: "/admin/inventory-items/:id/location-levels/batch",
    methods: ["POST"],
    middlewares: [auditStockEdits],
  },
  {
    matcher: "/admin/inventory-items/:id/location-levels/:location_id",
    methods: ["POST"],
    middlewares: [auditStockEdits],
  },
  {
    matcher: "/admin/inventory-items/location-levels/batch",
    methods: ["POST"],
    middlewares: [auditStockEdits],
  },
]
