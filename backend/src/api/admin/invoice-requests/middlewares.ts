import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { singleFileUpload } from "../../utils/upload"
import { AdminInvoiceRequestsParams, AdminIssueInvoice } from "./validators"

/** An invoice PDF is at most 5 MB. */
export const INVOICE_FILE_MAX_BYTES = 5 * 1024 * 1024

/**
 * 发票 queue: the support team's alone (farm accounts are refused by the farm
 * scope's allowlist, farm-scope.ts).
 */
export const adminInvoiceRequestMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/invoice-requests",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminInvoiceRequestsParams, {})],
  },
  {
    matcher: "/admin/invoice-requests/:id/issue",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminIssueInvoice)],
  },
  {
    matcher: "/admin/invoice-requests/:id/file",
    methods: ["POST"],
    middlewares: [
      singleFileUpload({
        maxBytes: INVOICE_FILE_MAX_BYTES,
        tooLarge: "发票文件超过 5 MB",
        what: "发票 PDF",
      }),
    ],
  },
]
