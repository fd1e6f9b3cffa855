import type { KeyObject } from "node:crypto"
import { downloadCertificates } from "./certificates"
import { authorization, nonce, responseMessage, rsaVerify, unixSeconds } from "./crypto"
import type { WechatPayConfig } from "./options"
import { PlatformKeys } from "./platform-keys"

/** WeChat Pay's error body: `{ code, message, detail? }`. */
export class WechatPayError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly detail?: unknown
  ) {
    super(message)
    this.name = "WechatPayError"
  }
}

/** Signature headers WeChat Pay puts on responses and notifications. */
export type SignatureHeaders = {
  timestamp?: string
  nonce?: string
  signature?: string
  serial?: string
}

/** Five minutes: an older response or notification is refused (replay). */
export const MAX_SKEW_SECONDS = 5 * 60

/** The reason a signed message is not trusted, or null when it is (one configured platform key). */
export function signatureProblem(
  config: { platformSerial?: string; platformPublicKey?: KeyObject },
  headers: SignatureHeaders,
  body: string,
  now = Date.now()
): string | null {
  return signatureProblemWith(
    (serial) => (serial === config.platformSerial ? (config.platformPublicKey ?? null) : null),
    headers,
    body,
    now
  )
}

/** The same check with the platform key looked up by the `Wechatpay-Serial` given. */
export function signatureProblemWith(
  keyOf: (serial: string) => KeyObject | null,
  headers: SignatureHeaders,
  body: string,
  now = Date.now()
): string | null {
  const { timestamp, nonce: nonceStr, signature, serial } = headers
  if (!timestamp || !nonceStr || !signature || !serial) return "missing Wechatpay-* headers"
  const key = keyOf(serial)
  if (!key) return `unknown Wechatpay-Serial ${serial}`
  if (!/^\d{1,12}$/.test(timestamp)) return "bad Wechatpay-Timestamp"
  if (Math.abs(Math.floor(now / 1000) - Number(timestamp)) > MAX_SKEW_SECONDS) {
    return "Wechatpay-Timestamp is more than 5 minutes away"
  }
  const message = responseMessage(timestamp, nonceStr, body)
  return rsaVerify(message, signature, key) ? null : "bad Wechatpay-Signature"
}

/** Reads the four Wechatpay-* headers from Node's lower-cased header object. */
export function signatureHeaders(
  headers: Record<string, string | string[] | undefined> | Headers
): SignatureHeaders {
  const get = (name: string) => {
    const value =
      headers instanceof Headers
        ? headers.get(name)
        : (headers[name] ?? headers[name.toLowerCase()])
    return (Array.isArray(value) ? value[0] : value) ?? undefined
  }
  return {
    timestamp: get("wechatpay-timestamp"),
    nonce: get("wechatpay-nonce"),
    signature: get("wechatpay-signature"),
    serial: get("wechatpay-serial"),
  }
}

/**
 * A thin WeChat Pay API v3 client: every request signed with the merchant
 * key, every answer's signature checked with the platform key before its body
 * is read. Errors come back as `WechatPayError` with WeChat Pay's code.
 */
export class WechatPayClient {
  /** WeChat Pay's keys by serial (platform-keys.ts): configured, and downloaded in certificate mode */
  readonly platformKeys: PlatformKeys

  constructor(
    readonly config: WechatPayConfig,
    private readonly fetchImpl: typeof fetch = fetch
  ) {
    this.platformKeys = platformKeysOf(config, (known) =>
      downloadCertificates(() => this.send("GET", "/v3/certificates", ""), config.apiV3Key, known)
    )
  }

  /** Certificate mode (no 微信支付公钥 configured): the certificates are downloaded at start. */
  get certificateMode(): boolean {
    return !this.config.platformSerial?.startsWith("PUB_KEY_ID_")
  }

  /** The reason a signed answer or notification is not trusted, or null (unknown serials refresh once). */
  async verify(headers: SignatureHeaders, body: string, now = Date.now()): Promise<string | null> {
    const key = await this.platformKeys.keyOfHeaders(headers)
    const problem = signatureProblemWith(() => key, headers, body, now)
    const failed = this.platformKeys.lastError
    return problem && !key && failed ? `${problem} (certificate download: ${failed})` : problem
  }

  /** Signed request to `path` (with its query); the verified JSON answer, or null for 204. */
  async request<T>(method: "GET" | "POST", path: string, body?: object): Promise<T | null> {
    const payload = body === undefined ? "" : JSON.stringify(body)
    const response = await this.send(method, path, payload)
    const text = await response.text()
    const problem = await this.verify(signatureHeaders(response.headers), text)
    if (problem) {
      // an unsigned error says nothing reliable beyond its status
      if (!response.ok)
        throw new WechatPayError(response.status, "SYSTEM_ERROR", `HTTP ${response.status}`)
      throw new WechatPayError(502, "SIGN_ERROR", `WeChat Pay's answer is not trusted: ${problem}`)
    }
    if (!response.ok) {
      const error = safeJson(text) as { code?: string; message?: string; detail?: unknown } | null
      throw new WechatPayError(
        response.status,
        error?.code ?? "SYSTEM_ERROR",
        error?.message ?? `HTTP ${response.status}`,
        error?.detail
      )
    }
    return text ? (JSON.parse(text) as T) : null
  }

  /** A file behind a `download_url` (bills): signed like any request; its answer is not signed. */
  async download(url: string): Promise<Buffer> {
    const target = new URL(url)
    const response = await this.send("GET", `${target.pathname}${target.search}`, "", target.origin)
    if (!response.ok) {
      const error = safeJson(await response.text()) as { code?: string; message?: string } | null
      throw new WechatPayError(
        response.status,
        error?.code ?? "SYSTEM_ERROR",
        error?.message ?? `HTTP ${response.status}`
      )
    }
    return Buffer.from(await response.arrayBuffer())
  }

  private send(method: string, url: string, payload: string, origin = this.config.apiBase) {
    const header = authorization({
      mchid: this.config.mchid,
      serialNo: this.config.merchantSerial,
      privateKey: this.config.privateKey,
      method,
      url,
      body: payload,
      timestamp: unixSeconds(),
      nonceStr: nonce(),
    })
    return this.fetchImpl(`${origin}${url}`, {
      method,
      headers: {
        authorization: header,
        accept: "application/json",
        "content-type": "application/json",
        "user-agent": "meixian-shop/1.0 (WeChat Pay API v3)",
        ...(this.config.platformSerial ? { "wechatpay-serial": this.config.platformSerial } : {}),
      },
      body: method === "GET" ? undefined : payload,
      signal: AbortSignal.timeout(15_000),
    })
  }
}

/**
 * The key store of a configuration: the configured key (a 微信支付公钥
 * `PUB_KEY_ID_…` or a platform certificate) as the starting point, and the
 * platform certificates downloaded when a message names another serial. A
 * merchant switching from certificates to the 公钥 receives notifications
 * signed by either for about a week, so the download stays possible in 公钥模式
 * too (it only happens on an unknown serial, at most once a minute).
 */
function platformKeysOf(
  config: WechatPayConfig,
  download: ConstructorParameters<typeof PlatformKeys>[1]
): PlatformKeys {
  const initial =
    config.platformSerial && config.platformPublicKey
      ? [
          {
            serial: config.platformSerial,
            publicKey: config.platformPublicKey,
            ...config.platformValidity,
          },
        ]
      : []
  return new PlatformKeys(initial, download)
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
