/**
 * The /store/units routes as the units route matrix (route-matrix.test.ts)
 * calls them: what each one is, and a body each write accepts.
 */
import { normalBody } from "../invoices/invoice-fixtures"

/**
 * What each store route is: a read, a 管理员's write, the application (any
 * signed-in customer), a bulk-order check (采购员 and 管理员 of a verified unit), or
 * a bulk order's route (its roles and unit B's bulk orders:
 * tests/integration/bulk-orders/scope-routes.test.ts).
 */
export const STORE_ROUTES: Record<
  string,
  | "read"
  | "admin-write"
  | "admin-or-leaving"
  | "apply"
  | "buyer"
  | "bulk"
  | "finance-write"
  | "statement"
  | "approval-request"
  | "approval"
  | "invoice"
  | "quote-request"
  | "quote"
> = {
  "POST /store/units": "apply",
  "GET /store/units/me": "read",
  "POST /store/units/me": "admin-write",
  "GET /store/units/me/members": "read",
  "POST /store/units/me/members": "admin-write",
  "POST /store/units/me/members/:id": "admin-write",
  // a member may remove themselves (leave the unit): store-units.test.ts
  "DELETE /store/units/me/members/:id": "admin-or-leaving",
  "GET /store/units/me/prices": "read",
  "GET /store/units/me/bulk-orders/template": "buyer",
  "POST /store/units/me/bulk-orders/preview": "buyer",
  "POST /store/units/me/bulk-orders/error-file": "buyer",
  "GET /store/units/me/bulk-orders": "bulk",
  "POST /store/units/me/bulk-orders": "bulk",
  "GET /store/units/me/bulk-orders/:id": "bulk",
  // 发票 requests: 管理员 and 财务 only; unit B's request or order is none of A's (404)
  "GET /store/units/me/invoice-requests": "invoice",
  "POST /store/units/me/invoice-requests": "invoice",
  "GET /store/units/me/invoice-requests/:id/file": "invoice",
  "GET /store/units/me/bulk-orders/:id/payment-notice": "bulk",
  // unit reports: quota and statements (管理员 and 财务 write; a statement of B's: 404 for all of A)
  "GET /store/units/me/quota": "read",
  "PUT /store/units/me/quota": "finance-write",
  "GET /store/units/me/statements": "read",
  "POST /store/units/me/statements": "finance-write",
  "GET /store/units/me/statements/:id/pdf": "statement",
  "GET /store/units/me/statements/:id/xlsx": "statement",
  // approvals (审批): 管理员 sets the policy; 采购员 and 管理员 request; 审批人 and 管理员 decide;
  // a request of B's (or none) is 404 for every member of A (tests/integration/approvals/)
  "GET /store/units/me/approval-policy": "read",
  "POST /store/units/me/approval-policy": "admin-write",
  "GET /store/units/me/approvals": "read",
  "POST /store/units/me/approvals": "approval-request",
  "GET /store/units/me/approvals/:id": "approval",
  "POST /store/units/me/approvals/:id/approve": "approval",
  "POST /store/units/me/approvals/:id/reject": "approval",
  // quotes (询价): every member reads; 采购员 and 管理员 request; 财务 neither accepts nor declines;
  // a quote of B's (or none) is 404 for every member of A (tests/integration/quotes/)
  "GET /store/units/me/quotes": "read",
  "POST /store/units/me/quotes": "quote-request",
  "GET /store/units/me/quotes/:id": "quote",
  "POST /store/units/me/quotes/:id/accept": "quote",
  "POST /store/units/me/quotes/:id/decline": "quote",
}

/** A body each write route accepts, so that only the actor decides the answer. */
export const BODIES: Record<string, unknown> = {
  "POST /store/units/me/invoice-requests": normalBody("0.01", { order_id: "order_nope" }),
  "POST /store/units/me": { headcount: 10 },
  "POST /store/units/me/members": { email: "nobody-yet@unit-test.example.cn", role: "buyer" },
  "POST /store/units/me/members/:id": { role: "buyer" },
  "POST /store/units/me/bulk-orders/preview": { rows: [] },
  "POST /store/units/me/bulk-orders/error-file": { rows: [] },
  "PUT /store/units/me/quota": { year: 2026, basis: "amount", amount: "100" },
  "POST /store/units/me/statements": { from: "2026-01-01", to: "2026-01-31" },
  "POST /store/units/me/approval-policy": { order_over: null },
  "POST /store/units/me/approvals": { kind: "cart", cart_id: "cart_none" },
  "POST /store/units/me/approvals/:id/reject": { reason: "不需要" },
  "POST /store/units/me/quotes": { cart_id: "cart_none" },
  "POST /store/units/me/quotes/:id/decline": { reason: "不需要" },
}
