import "server-only"
import type {
  StoreStatementVerifyResponse,
  StoreUnitQuotaBody,
  StoreUnitQuotaResponse,
  StoreUnitStatementBody,
  StoreUnitStatementListResponse,
  StoreUnitStatementResponse,
} from "@http/unit-report"
import { NOT_CACHED } from "./cache"
import { authHeaders } from "./cookies"
import { backendUrl, medusa, nullIfNotFound, publishableKey } from "./medusa"

/**
 * The unit's yearly aid quota and statements (/store/units/me/quota,
 * /store/units/me/statements), asked with the signed-in member's session
 * (the server scopes them to the member's own unit), and the public check
 * of a statement's code. Never cached: figures change with every payment
 * and refund.
 */

const STATEMENTS = "/store/units/me/statements"

export async function retrieveMyQuota(year: number): Promise<StoreUnitQuotaResponse> {
  return medusa.client.fetch<StoreUnitQuotaResponse>("/store/units/me/quota", {
    query: { year },
    headers: await authHeaders(),
    ...NOT_CACHED,
  })
}

export async function setMyQuota(body: StoreUnitQuotaBody): Promise<StoreUnitQuotaResponse> {
  return medusa.client.fetch<StoreUnitQuotaResponse>("/store/units/me/quota", {
    method: "PUT",
    body,
    headers: await authHeaders(),
  })
}

export async function listMyStatements(): Promise<StoreUnitStatementListResponse["statements"]> {
  const { statements } = await medusa.client.fetch<StoreUnitStatementListResponse>(STATEMENTS, {
    headers: await authHeaders(),
    ...NOT_CACHED,
  })
  return statements
}

export async function issueMyStatement(
  body: StoreUnitStatementBody
): Promise<StoreUnitStatementResponse> {
  return medusa.client.fetch<StoreUnitStatementResponse>(STATEMENTS, {
    method: "POST",
    body,
    headers: await authHeaders(),
  })
}

/** A statement's PDF or XLSX as the backend answers it (404 for another unit's). */
export async function myStatementFile(id: string, format: "pdf" | "xlsx"): Promise<Response> {
  return fetch(`${backendUrl}${STATEMENTS}/${encodeURIComponent(id)}/${format}`, {
    headers: {
      ...(publishableKey ? { "x-publishable-api-key": publishableKey } : {}),
      ...(await authHeaders()),
    },
    ...NOT_CACHED,
  })
}

/** The public check of a code: the statement's public part, or null when there is none. */
export async function verifyStatementCode(
  code: string
): Promise<StoreStatementVerifyResponse["statement"] | null> {
  const answer = await nullIfNotFound(
    medusa.client.fetch<StoreStatementVerifyResponse>(
      `/store/statements/${encodeURIComponent(code)}`,
      NOT_CACHED
    )
  )
  return answer?.statement ?? null
}
