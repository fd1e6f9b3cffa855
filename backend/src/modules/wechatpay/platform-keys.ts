/**
 * The keys WeChat Pay signs its answers and notifications with, by the serial
 * it names in `Wechatpay-Serial`: the configured 微信支付公钥 (`PUB_KEY_ID_…`,
 * no expiry) and platform certificates, which WeChat Pay rotates: a new certificate is published (GET /v3/certificates) before the
 * old one expires, and for a while either may sign. The store downloads the
 * list (at start in certificate mode) and again when a message names a serial
 * it does not know, at most once a minute (a stranger's made-up serials cannot
 * make it download more; WeChat Pay retries a refused notification later); a
 * serial still unknown then is refused.
 * Expired (or not yet valid) certificates are never used.
 */
import type { KeyObject } from "node:crypto"
import type { SignatureHeaders } from "./client"

export type PlatformKey = {
  serial: string
  publicKey: KeyObject
  /** validity in ms since the epoch; absent for a 微信支付公钥 (no expiry) */
  notBefore?: number
  notAfter?: number
}

/** Downloads, decrypts and checks the certificate list; `known` looks up the keys already trusted. */
export type CertificateDownloader = (
  known: (serial: string) => KeyObject | null
) => Promise<PlatformKey[]>

/** The least time between two downloads triggered by unknown serials. */
export const REFRESH_INTERVAL_MS = 60_000

export class PlatformKeys {
  private readonly keys = new Map<string, PlatformKey>()
  private lastAttemptAt = Number.NEGATIVE_INFINITY
  private inFlight: Promise<void> | null = null
  /** how many downloads were attempted (the tests count them) */
  downloads = 0
  /** why the last download failed (null after a good one), for the logs */
  lastError: string | null = null

  constructor(
    initial: PlatformKey[],
    private readonly download: CertificateDownloader | null,
    private readonly now: () => number = Date.now
  ) {
    for (const key of initial) this.keys.set(key.serial, key)
  }

  /** The key of `serial` if known and valid now, else null. */
  usable(serial: string): KeyObject | null {
    const key = this.keys.get(serial)
    if (!key) return null
    const at = this.now()
    if (key.notBefore !== undefined && at < key.notBefore) return null
    if (key.notAfter !== undefined && at > key.notAfter) return null
    return key.publicKey
  }

  /** The serials known and valid now (newest certificate last). */
  serials(): string[] {
    return [...this.keys.values()]
      .filter((k) => this.usable(k.serial))
      .sort((a, b) => (a.notBefore ?? 0) - (b.notBefore ?? 0))
      .map((k) => k.serial)
  }

  /**
   * Downloads the certificate list now (at start; shared by concurrent
   * callers). A download whose signature does not verify, or that cannot be
   * decrypted, throws and changes nothing. Only downloads asked for by an
   * unknown serial (`keyFor`) count for the once-a-minute limit.
   */
  refresh(): Promise<void> {
    if (!this.download) return Promise.resolve()
    if (this.inFlight) return this.inFlight
    this.downloads += 1
    const download = this.download
    this.inFlight = (async () => {
      try {
        const fresh = await download((serial) => this.usable(serial))
        for (const key of fresh) this.keys.set(key.serial, key)
        this.lastError = null
      } catch (error) {
        this.lastError = (error as Error).message
        throw error
      } finally {
        this.inFlight = null
      }
    })()
    return this.inFlight
  }

  /**
   * The key of `serial`: known, or after one download when the serial is
   * unknown and the last download was more than a minute ago; else null.
   */
  async keyFor(serial: string): Promise<KeyObject | null> {
    const known = this.usable(serial)
    if (known || !this.download) return known
    if (this.inFlight) {
      await this.inFlight.catch(() => undefined)
      return this.usable(serial)
    }
    if (this.now() - this.lastAttemptAt < REFRESH_INTERVAL_MS) return null
    this.lastAttemptAt = this.now()
    try {
      await this.refresh()
    } catch {
      return null
    }
    return this.usable(serial)
  }

  /** The key a signed message names, looked up (and downloaded) only when its headers are all there. */
  async keyOfHeaders(headers: SignatureHeaders): Promise<KeyObject | null> {
    const { timestamp, nonce, signature, serial } = headers
    if (!timestamp || !nonce || !signature || !serial) return null
    return this.keyFor(serial)
  }
}
