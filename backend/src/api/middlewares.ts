import { z } from "@medusajs/framework/zod"
import {
  configureStoreSearch,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  partnerCreateSchema,
  partnerUpdateSchema,
  townCreateSchema,
  townUpdateSchema,
} from "../shared/provenance"
import {
  AdminListPartnersParams,
  AdminListProductProvenanceParams,
  AdminListTownsParams,
  AdminSetProductPartner,
} from "./admin/provenance-validators"
import { exposeProductProvenance } from "./store/product-provenance-fields"
import { segmentSearchQuery } from "./store/search-query"
import { guardCartMetadata } from "./store/cart-metadata-guard"
import { verifyStripeSignature } from "./hooks/stripe-webhook-signature"
import {
  AdminAidEntriesExportParams,
  AdminAidEntriesParams,
  AdminAidSummaryExportParams,
  AdminAidSummaryParams,
  AdminAidTargetsParams,
  AdminSetAidTargets,
} from "./admin/aid/validators"
import { farmMiddlewares } from "./admin/farm/farm-middlewares"
import { orderAccessMiddlewares } from "./store/order-access/middlewares"
import { orderLookupMiddlewares } from "./store/order-lookup/middlewares"
import { bankTransferStoreMiddlewares } from "./store/bank-transfer/middlewares"
import { adminAidAwaitingPaymentMiddlewares } from "./admin/aid/awaiting-payment/middlewares"
import { adminBankTransferMiddlewares } from "./admin/bank-transfer/middlewares"
import { authMiddlewares } from "./auth/middlewares"
import { adminNotificationMiddlewares } from "./admin/notifications/middlewares"
import { guardMiddlewares } from "./guards/middlewares"
import { shopErrorHandler } from "./guards/error-handler"
import { storeCartMiddlewares } from "./store/carts/middlewares"
import { storeCustomerMiddlewares } from "./store/customers/middlewares"

const listQuery = { defaults: ["id"], isList: true }

export default defineMiddlewares({
  // Medusa's error handler, with lock conflicts as 409 and database data exceptions as 400
  errorHandler: shopErrorHandler,
  routes: [
    // first: input shape on every request, and what the store's field expansion never returns
    ...guardMiddlewares,
    // farm accounts: the /admin* scope middleware and the farm routes' validation
    ...farmMiddlewares,
    // order privacy: order routes for the buyer only, transfers refused, guest lookup by code
    ...orderAccessMiddlewares,
    ...orderLookupMiddlewares,
    ...bankTransferStoreMiddlewares,
    ...adminAidAwaitingPaymentMiddlewares,
    ...adminBankTransferMiddlewares,
    ...authMiddlewares,
    ...adminNotificationMiddlewares,
    ...storeCartMiddlewares,
    ...storeCustomerMiddlewares,
    {
      matcher: "/store/carts*",
      methods: ["POST"],
      middlewares: [guardCartMetadata],
    },
    {
      matcher: "/hooks/payment/stripe_stripe",
      methods: ["POST"],
      middlewares: [verifyStripeSignature],
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
    {
      // A wildcard matcher is registered ahead of Medusa's own
      // "/store/products" and "/store/products/:id" middlewares, so the fields
      // are allowed before Medusa validates the query.
      matcher: "/store/products*",
      methods: ["GET"],
      middlewares: [exposeProductProvenance],
    },
    {
      // Medusa's store search: the product index (backend/src/search/product.ts)
      // is public; the buyer's query is segmented into Chinese words first.
      matcher: "/store/search*",
      methods: ["POST"],
      middlewares: [
        segmentSearchQuery,
        configureStoreSearch({ allowed_indexes: { product: true } }),
      ],
    },
    {
      matcher: "/admin/towns",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListTownsParams, listQuery)],
    },
    {
      matcher: "/admin/towns",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(townCreateSchema)],
    },
    {
      matcher: "/admin/towns/:id",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(townUpdateSchema)],
    },
    {
      matcher: "/admin/partners",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListPartnersParams, listQuery)],
    },
    {
      matcher: "/admin/partners",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(partnerCreateSchema)],
    },
    {
      matcher: "/admin/partners/:id",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(partnerUpdateSchema)],
    },
    {
      matcher: "/admin/provenance/products",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListProductProvenanceParams, listQuery)],
    },
    {
      // POST /admin/products accepts additional_data.partner_id: the product is
      // created already linked to its partner (see workflows/hooks/product-partner.ts).
      matcher: "/admin/products",
      methods: ["POST"],
      additionalDataValidator: {
        partner_id: z.string().trim().min(1).optional(),
      },
    },
    {
      matcher: "/admin/products/:id/partner",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminSetProductPartner)],
    },
  ],
})
