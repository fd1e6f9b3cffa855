import { defineMiddlewares } from "@medusajs/framework/http"
import { adminAidMiddlewares } from "./admin/aid/middlewares"
import { adminBankTransferMiddlewares } from "./admin/bank-transfer/middlewares"
import { adminBulkOrderMiddlewares } from "./admin/bulk-orders/middlewares"
import { adminFarmMiddlewares } from "./admin/farm/middlewares"
import { adminInventoryItemMiddlewares } from "./admin/inventory-items/middlewares"
import { adminOrderMiddlewares } from "./admin/orders/middlewares"
import { adminReturnMiddlewares } from "./admin/returns/middlewares"
import { adminInviteMiddlewares } from "./admin/invites/middlewares"
import { adminNotificationDeliveryMiddlewares } from "./admin/notification-deliveries/middlewares"
import { adminNotificationMiddlewares } from "./admin/notifications/middlewares"
import { adminPartnerMiddlewares, adminPartnerStaffMiddlewares } from "./admin/partners/middlewares"
import { adminPaymentReconciliationMiddlewares } from "./admin/payment-reconciliations/middlewares"
import { adminProductMiddlewares } from "./admin/products/middlewares"
import { adminProvenanceMiddlewares } from "./admin/provenance/middlewares"
import { adminRemittanceMiddlewares } from "./admin/remittances/middlewares"
import { adminTownMiddlewares } from "./admin/towns/middlewares"
import { adminUnitPriceMiddlewares } from "./admin/unit-prices/middlewares"
import { adminUnitMiddlewares } from "./admin/units/middlewares"
import { authMiddlewares } from "./auth/middlewares"
import { farmScopeMiddlewares } from "./farm-scope"
import { shopErrorHandler } from "./guards/error-handler"
import { guardMiddlewares } from "./guards/middlewares"
import { hookMiddlewares } from "./hooks/middlewares"
import { alipayStoreMiddlewares } from "./store/alipay/middlewares"
import { bankTransferStoreMiddlewares } from "./store/bank-transfer/middlewares"
import { storeCartMiddlewares } from "./store/carts/middlewares"
import { storeCustomerMiddlewares } from "./store/customers/middlewares"
import { orderAccessMiddlewares } from "./store/order-access/middlewares"
import { orderLookupMiddlewares } from "./store/order-lookup/middlewares"
import { storeWechatPayMiddlewares } from "./store/payments/wechatpay/middlewares"
import { storeProductMiddlewares } from "./store/products/middlewares"
import { storeSearchMiddlewares } from "./store/search/middlewares"
import { storeBulkOrderMiddlewares } from "./store/units/me/bulk-orders/middlewares"
import { storeUnitMiddlewares } from "./store/units/middlewares"
// unit reports: yearly aid quotas and verifiable statements
import { adminUnitQuotaMiddlewares } from "./admin/unit-quotas/middlewares"
import { adminUnitStatementMiddlewares } from "./admin/units/[id]/statements/middlewares"
import { storeStatementMiddlewares } from "./store/statements/middlewares"
import { storeUnitQuotaMiddlewares } from "./store/units/me/quota/middlewares"
import { storeUnitStatementMiddlewares } from "./store/units/me/statements/middlewares"
// unit approvals (审批): policy, requests, decisions, the support team's overview
import { adminUnitApprovalMiddlewares } from "./admin/unit-approvals/middlewares"
import { storeUnitApprovalPolicyMiddlewares } from "./store/units/me/approval-policy/middlewares"
import { storeUnitApprovalMiddlewares } from "./store/units/me/approvals/middlewares"
// 发票 requests: the buyer's, the unit area's, the support team's queue
import { adminInvoiceRequestMiddlewares } from "./admin/invoice-requests/middlewares"
import { storeOrderInvoiceMiddlewares } from "./store/orders/[id]/invoice-requests/middlewares"
import { storeUnitInvoiceMiddlewares } from "./store/units/me/invoice-requests/middlewares"
// 开具发票 at checkout: the cart carries the request until the order is paid
import { storeCartInvoiceMiddlewares } from "./store/carts/[id]/invoice-request/middlewares"
// quotes (询价): the unit's (after its scope) and the support team's
import { adminQuoteMiddlewares } from "./admin/quotes/middlewares"
import { storeUnitQuoteMiddlewares } from "./store/units/me/quotes/middlewares"

/**
 * Every resource's middlewares, assembled (each resource's own list is in its
 * folder's middlewares.ts). Medusa sorts them by path, wildcards and regular
 * expressions ahead of static and parameter paths; between entries of the same
 * kind this order decides: the guards first, then the farm scope, then the rest.
 */
export default defineMiddlewares({
  // Medusa's error handler, with lock conflicts as 409 and database data exceptions as 400
  errorHandler: shopErrorHandler,
  routes: [
    // first: input shape on every request, and what the store's field expansion never returns
    ...guardMiddlewares,
    // farm accounts: the one /admin* scope middleware, the farm routes' validation, partner
    // staff (accepting an invite only as the invited e-mail), and stock set on Medusa's
    // inventory pages audited, and the order page's stock moves under the farms' stock lock
    ...farmScopeMiddlewares,
    ...adminFarmMiddlewares,
    ...adminPartnerStaffMiddlewares,
    ...adminInviteMiddlewares,
    ...adminInventoryItemMiddlewares,
    ...adminOrderMiddlewares,
    ...adminReturnMiddlewares,
    // order privacy: order routes for the buyer only, transfers refused, guest lookup by code
    ...orderAccessMiddlewares,
    ...orderLookupMiddlewares,
    ...bankTransferStoreMiddlewares,
    ...storeWechatPayMiddlewares,
    ...alipayStoreMiddlewares,
    ...adminAidMiddlewares,
    ...adminBankTransferMiddlewares,
    ...adminRemittanceMiddlewares,
    ...adminPaymentReconciliationMiddlewares,
    ...authMiddlewares,
    ...adminNotificationMiddlewares,
    ...adminNotificationDeliveryMiddlewares,
    ...storeCartMiddlewares,
    ...storeCustomerMiddlewares,
    ...hookMiddlewares,
    ...storeProductMiddlewares,
    ...storeSearchMiddlewares,
    ...adminTownMiddlewares,
    ...adminPartnerMiddlewares,
    ...adminProvenanceMiddlewares,
    ...adminProductMiddlewares,
    // unit purchasers: the support team's routes, and the store's, scoped to the customer's own unit
    ...adminUnitMiddlewares,
    ...adminUnitPriceMiddlewares,
    ...storeUnitMiddlewares,
    // bulk orders: the unit's (after its scope) and the support team's
    ...storeBulkOrderMiddlewares,
    ...adminBulkOrderMiddlewares,
    // unit reports: quotas and statements (the unit's, after its scope; the support team's; public verify)
    ...storeUnitQuotaMiddlewares,
    ...storeUnitStatementMiddlewares,
    ...adminUnitStatementMiddlewares,
    ...adminUnitQuotaMiddlewares,
    ...storeStatementMiddlewares,
    // unit approvals (after the unit scope; a unit member's cart completion under the unit's lock)
    ...storeUnitApprovalPolicyMiddlewares,
    ...storeUnitApprovalMiddlewares,
    ...adminUnitApprovalMiddlewares,
    // 发票 requests (the unit's after its scope; the buyer's after the order privacy guard)
    ...storeUnitInvoiceMiddlewares,
    ...storeOrderInvoiceMiddlewares,
    ...adminInvoiceRequestMiddlewares,
    // 开具发票 at checkout
    ...storeCartInvoiceMiddlewares,
    // quotes (询价): the unit's after its scope, the support team's
    ...storeUnitQuoteMiddlewares,
    ...adminQuoteMiddlewares,
  ],
})
