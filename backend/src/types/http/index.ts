/**
 * The request and response types of the shop's own HTTP routes, one file per
 * resource, shared by the routes (backend/src/api), the admin extensions
 * (backend/src/admin) and the storefront (its `@http/*` alias of this
 * folder). Pure types and constants: nothing here imports server code.
 */
export * from "./aid"
export * from "./auth"
export * from "./bulk-order"
export * from "./common"
export * from "./farm"
export * from "./farm-sales"
export * from "./metadata"
export * from "./notifications"
export * from "./order-access"
export * from "./payments"
export * from "./provenance"
export * from "./quote"
export * from "./remittances"
export * from "./unit"
export * from "./unit-prices"
export * from "./unit-order"
export * from "./shipping"
export * from "./wechatpay"
export * from "./unit-report"
export * from "./search"
