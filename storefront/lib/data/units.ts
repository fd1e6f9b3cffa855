import "server-only"
import type {
  StoreUnitResponse,
  UnitCreateRequest,
  UnitMember,
  UnitMemberListResponse,
  UnitMemberRole,
  UnitUpdateRequest,
} from "@http/unit"
import type { StoreUnitPrice, StoreUnitPricesResponse } from "@http/unit-prices"
import type { StoreUnitOrderNoteBody, StoreUnitOrderNoteResponse } from "@http/unit-order"
import { type CardUnitPrice, lowestCardPrices } from "@/lib/unit/card-prices"
import { NOT_CACHED } from "./cache"
import { authHeaders } from "./cookies"
import { medusa, nullIfNotFound } from "./medusa"

/**
 * The signed-in customer's unit (/store/units): its own unit is always `me`
 * (the server resolves it from the membership, there is never a unit id in
 * the path). Never cached: a member's unit, role and members are private and
 * change with every write. A refusal is thrown as the SDK's FetchError
 * (status and message); lib/unit/errors.ts says it in Chinese.
 */

/** The customer's unit, role and member id, or null when it belongs to no unit (404). */
export async function retrieveMyUnit(): Promise<StoreUnitResponse | null> {
  return nullIfNotFound(
    medusa.client.fetch<StoreUnitResponse>("/store/units/me", {
      headers: await authHeaders(),
      ...NOT_CACHED,
    })
  )
}

/** The members of the customer's unit, with their roles and e-mails. */
export async function listMyUnitMembers(): Promise<UnitMember[]> {
  const { members } = await medusa.client.fetch<UnitMemberListResponse>("/store/units/me/members", {
    headers: await authHeaders(),
    ...NOT_CACHED,
  })
  return members
}

/** Applies for a unit: it is pending, and the customer its 管理员. */
export async function applyForUnit(body: UnitCreateRequest): Promise<StoreUnitResponse> {
  return medusa.client.fetch<StoreUnitResponse>("/store/units", {
    method: "POST",
    body,
    headers: await authHeaders(),
  })
}

/** The 管理员 saves the unit's details. */
export async function updateMyUnit(body: UnitUpdateRequest): Promise<StoreUnitResponse> {
  return medusa.client.fetch<StoreUnitResponse>("/store/units/me", {
    method: "POST",
    body,
    headers: await authHeaders(),
  })
}

/** The 管理员 adds a registered customer by e-mail. */
export async function addUnitMember(email: string, role: UnitMemberRole) {
  await medusa.client.fetch("/store/units/me/members", {
    method: "POST",
    body: { email, role },
    headers: await authHeaders(),
  })
}

/** The 管理员 changes a member's role. */
export async function updateUnitMember(id: string, role: UnitMemberRole) {
  await medusa.client.fetch(`/store/units/me/members/${encodeURIComponent(id)}`, {
    method: "POST",
    body: { role },
    headers: await authHeaders(),
  })
}

/** The 管理员 removes a member. */
export async function removeUnitMember(id: string) {
  await medusa.client.fetch(`/store/units/me/members/${encodeURIComponent(id)}`, {
    method: "DELETE",
    headers: await authHeaders(),
  })
}

/** GET /store/units/me/prices as the signed-in customer ([] without a unit or a session). */
async function fetchMyUnitPrices(query: { product_id?: string[] }): Promise<StoreUnitPrice[]> {
  const headers = await authHeaders()
  if (!headers.authorization) return []
  try {
    const { unit_prices } = await medusa.client.fetch<StoreUnitPricesResponse>(
      "/store/units/me/prices",
      { query, headers, ...NOT_CACHED }
    )
    return unit_prices
  } catch {
    // no unit (404) or a session that ended (401): the retail price is all there is
    return []
  }
}

/**
 * The unit tiers (and the unit's negotiated tiers) of the given products for
 * the signed-in customer: empty for a stranger, a customer of no unit and a
 * member of a pending or disabled unit (the server answers none). Never
 * cached (the customer's own).
 */
export async function listMyUnitPrices(productIds: string[]): Promise<StoreUnitPrice[]> {
  if (productIds.length === 0) return []
  return fetchMyUnitPrices({ product_id: productIds })
}

/** Every published product's unit and negotiated tiers for the member (the /unit/prices page). */
export function listAllMyUnitPrices(): Promise<StoreUnitPrice[]> {
  return fetchMyUnitPrices({})
}

/** Puts the unit order's 采购单号 and 备注 on the customer's cart (a verified unit's 管理员 or 采购员). */
export async function setUnitOrderNote(
  cartId: string,
  body: StoreUnitOrderNoteBody
): Promise<StoreUnitOrderNoteResponse> {
  return medusa.client.fetch<StoreUnitOrderNoteResponse>(
    `/store/carts/${encodeURIComponent(cartId)}/unit-order`,
    { method: "POST", body, headers: await authHeaders() }
  )
}

/** Whether the customer may write a 采购单号 at checkout: a verified unit's 管理员 or 采购员. */
export function writesUnitOrders(unit: StoreUnitResponse | null): boolean {
  return unit?.unit.status === "verified" && (unit.role === "admin" || unit.role === "buyer")
}

/**
 * The lowest unit price of each of a page's products, for the cards' "单位价 ¥xx 起"
 * (or "协议价 ¥xx 起"): one call for the whole page (none for a visitor who is not signed in).
 */
export async function listMyCardUnitPrices(
  productIds: string[]
): Promise<Map<string, CardUnitPrice>> {
  return lowestCardPrices(await listMyUnitPrices([...new Set(productIds)]))
}
