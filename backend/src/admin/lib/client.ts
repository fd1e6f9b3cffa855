/**
 * The thin HTTP layer under the hooks of hooks/api: the SDK's fetch with
 * empty query values dropped, file downloads, and query keys. Only the hooks
 * import it; components call hooks.
 */
import type { FetchError } from "@medusajs/js-sdk"
import { sdk } from "./sdk"

export type { FetchError }

/** Largest page the list endpoints accept; used to fill selects. */
export const MAX_PAGE_SIZE = 200

type QueryValue = string | number | boolean | null | undefined

/** Drops empty values so they are not sent as `?q=`. */
export const cleanQuery = (params: object = {}): Record<string, string | number | boolean> =>
  Object.fromEntries(
    Object.entries(params as Record<string, QueryValue>).filter(
      (entry): entry is [string, string | number | boolean] =>
        entry[1] !== undefined && entry[1] !== null && entry[1] !== ""
    )
  )

/** GET a JSON resource of the shop's own API. */
export const getJson = <T>(path: string, query?: object) =>
  sdk.client.fetch<T>(path, { query: cleanQuery(query) })

/** POST a JSON body to the shop's own API. */
export const postJson = <T>(path: string, body?: object, query?: object) =>
  sdk.client.fetch<T>(path, {
    method: "POST",
    ...(query ? { query: cleanQuery(query) } : {}),
    ...(body ? { body } : {}),
  })

/** DELETE a resource of the shop's own API. */
export const deleteJson = <T>(path: string) => sdk.client.fetch<T>(path, { method: "DELETE" })

/** A downloaded file: its content and the name the server gave it. */
export type DownloadedFile = { blob: Blob; fileName: string }

/** The file name of a Content-Disposition header (RFC 5987 `filename*` first). */
const dispositionFileName = (header: string | null, fallback: string) => {
  const encoded = header?.match(/filename\*=UTF-8''([^;]+)/i)?.[1]
  if (encoded) {
    try {
      return decodeURIComponent(encoded)
    } catch {
      // fall through to the plain name
    }
  }
  return header?.match(/filename="([^"]+)"/i)?.[1] ?? fallback
}

/**
 * Downloads a file with the session cookie. A non-JSON `accept` makes the SDK
 * return the raw response (errors still throw).
 */
export const getFile = async (
  path: string,
  query: object,
  fallbackName: string
): Promise<DownloadedFile> => {
  const response = await sdk.client.fetch<Response>(path, {
    query: cleanQuery(query),
    headers: { accept: "*/*" },
  })
  return {
    blob: await response.blob(),
    fileName: dispositionFileName(response.headers.get("content-disposition"), fallbackName),
  }
}

/** Hands a downloaded file to the browser as a download. */
export const saveFile = ({ blob, fileName }: DownloadedFile) => {
  const url = URL.createObjectURL(blob)
  const link = document.createElement("a")
  link.href = url
  link.download = fileName
  link.style.display = "none"
  document.body.appendChild(link)
  link.click()
  link.remove()
  // Give the browser time to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/**
 * React Query keys of one resource, in the style of Medusa's dashboard:
 * `all` (invalidates everything below it), `lists`/`list(query)` and
 * `details`/`detail(id)`. Every key starts with "meixian" so the shop's keys
 * never collide with the dashboard's.
 */
export const queryKeysFactory = <const K extends string>(resource: K) => {
  const all = ["meixian", resource] as const
  return {
    all,
    lists: () => [...all, "list"] as const,
    list: (query?: object) => [...all, "list", query ?? {}] as const,
    details: () => [...all, "detail"] as const,
    detail: (id: string, query?: object) => [...all, "detail", id, query ?? {}] as const,
  }
}

/** A failed request whose JSON body is kept (e.g. the per-row `errors` of an import's 400). */
export class BodyFetchError<TBody> extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly body: TBody | null
  ) {
    super(message)
  }
}

/**
 * POST a multipart form (a file upload) with the session cookie. The SDK's
 * fetch sends JSON only, so this one uses the browser's fetch; a refusal
 * throws a BodyFetchError carrying the response's JSON body.
 */
export const postForm = async <T, TError = unknown>(path: string, form: FormData): Promise<T> => {
  const base = (import.meta.env.VITE_BACKEND_URL || "/").replace(/\/$/, "")
  const response = await fetch(`${base}${path}`, {
    method: "POST",
    body: form,
    credentials: "include",
    headers: { accept: "application/json" },
  })
  const body = await response.json().catch(() => null)
  if (!response.ok) {
    const message = (body as { message?: string } | null)?.message ?? response.statusText
    throw new BodyFetchError<TError>(message, response.status, body as TError | null)
  }
  return body as T
}
