import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  AdminAidAwaitingPaymentParams,
  AdminAidEntriesExportParams,
  AdminAidEntriesParams,
  AdminAidSummaryExportParams,
  AdminAidSummaryParams,
  AdminAidTargetsParams,
  AdminSetAidTargets,
} from "./validators"

/** The aid ledger's reports (帮扶成效): summary, entries, exports, targets, awaiting payment. */
export const adminAidMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/aid/awaiting-payment",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminAidAwaitingPaymentParams, {})],
  },
  {
    matcher: "/admin/aid/summary",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminAidSummaryParams, {})],
  },
  {
    matcher: "/admin/aid/summary/export",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminAidSummaryExportParams, {})],
  },
  {
    matcher: "/admin/aid/entries",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminAidEntriesParams, {})],
  },
  {
    matcher: "/admin/aid/entries/export",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminAidEntriesExportParams, {})],
  },
  {
    matcher: "/admin/aid/targets",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminAidTargetsParams, {})],
  },
  {
    matcher: "/admin/aid/targets",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminSetAidTargets)],
  },
]
