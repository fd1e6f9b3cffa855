/** Events of bulk orders (one each, never one per parcel). */
export const BulkOrderEvents = {
  CREATED: "bulk_order.created",
  /** the remittance is matched: the worker captures the orders (payment/run.ts) */
  PAYMENT_STARTED: "bulk_order.payment_started",
  PAID: "bulk_order.paid",
  CANCELED: "bulk_order.canceled",
} as const

/** The lock of one unit's bulk order creation, and of one bulk order's payment or cancellation. */
export const unitBulkLockKey = (unitId: string) => `bulk-order:unit:${unitId}`
export const bulkOrderLockKey = (bulkOrderId: string) => `bulk-order:${bulkOrderId}`
export const BULK_ORDER_LOCK = { timeout: 15, ttl: 600 }
