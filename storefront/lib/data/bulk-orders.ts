import "server-only"
import type {
  BulkOrderStatus,
  StoreBulkOrderDetailResponse,
  StoreBulkOrderListResponse,
} from "@http/bulk-order"
import { NOT_CACHED } from "./cache"
import { authHeaders } from "./cookies"
import { backendUrl, medusa, nullIfNotFound, publishableKey } from "./medusa"

/**
 * The unit's bulk orders (/store/units/me/bulk-orders), asked with the
 * signed-in member's session: the server scopes everything to the member's
 * own unit. Never cached. Files (template, error file, 付款通知书) and the
 * uploads (preview, create) are the backend's answers as they are, for the
 * storefront's route handlers and actions to pass on.
 */

const BASE = "/store/units/me/bulk-orders"

async function backendHeaders(): Promise<Record<string, string>> {
  return {
    ...(publishableKey ? { "x-publishable-api-key": publishableKey } : {}),
    ...(await authHeaders()),
  }
}

/** GET (a file) from the bulk-order routes, answered whatever its status. */
export async function bulkOrderFile(path: "template" | `${string}/payment-notice`) {
  return fetch(`${backendUrl}${BASE}/${path}`, { headers: await backendHeaders(), ...NOT_CACHED })
}

/**
 * POST the member's upload (multipart: `file`, `po_number`, `note`,
 * `delivery` as JSON) to preview, error-file or create, answered whatever
 * its status.
 */
export async function postBulkOrderForm(path: "" | "/preview" | "/error-file", form: FormData) {
  return fetch(`${backendUrl}${BASE}${path}`, {
    method: "POST",
    body: form,
    headers: await backendHeaders(),
    ...NOT_CACHED,
  })
}

/** The unit's bulk orders, newest first. */
export async function listBulkOrders(
  query: { status?: BulkOrderStatus; limit?: number; offset?: number } = {}
): Promise<StoreBulkOrderListResponse> {
  return medusa.client.fetch<StoreBulkOrderListResponse>(BASE, {
    query,
    headers: await authHeaders(),
    ...NOT_CACHED,
  })
}

/** One of the unit's bulk orders with its recipients' orders and the payee, or null (404). */
export async function retrieveBulkOrder(id: string): Promise<StoreBulkOrderDetailResponse | null> {
  return nullIfNotFound(
    medusa.client.fetch<StoreBulkOrderDetailResponse>(`${BASE}/${encodeURIComponent(id)}`, {
      headers: await authHeaders(),
      ...NOT_CACHED,
    })
  )
}
