import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { refuseBankTransferCapture } from "./capture-guard"
import { findOrdersByTransferReference } from "./order-search"
import { AdminBankTransferPaymentsParams, AdminBankTransferReceiptBody } from "./validators"

/** 对公转账 in the admin: the payments list, 确认到账 (the only way to capture a transfer), and order search by reference. */
export const adminBankTransferMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/bank-transfer/payments",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminBankTransferPaymentsParams, {})],
  },
  {
    matcher: "/admin/bank-transfer/payments/:id/receipts",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminBankTransferReceiptBody)],
  },
  {
    // after Medusa's own validation of GET /admin/orders (same matcher, core first)
    matcher: "/admin/orders",
    methods: ["GET"],
    middlewares: [findOrdersByTransferReference],
  },
  {
    matcher: "/admin/payments/:id/capture",
    methods: ["POST"],
    middlewares: [refuseBankTransferCapture],
  },
]
