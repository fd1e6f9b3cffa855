/**
 * WeChat Pay's platform certificate download, `GET /v3/certificates`:
 * `{ data: [{ serial_no, effective_time, expire_time, encrypt_certificate:
 * { algorithm: "AEAD_AES_256_GCM", nonce, associated_data, ciphertext } }] }`.
 * Each certificate is decrypted with the APIv3 key (which authenticates it:
 * only WeChat Pay and the merchant hold that key), its serial must be the one
 * announced, and the answer's own signature must verify with the certificate
 * its `Wechatpay-Serial` names (one already trusted, or one of the list).
 * Anything else throws, and nothing of the download is kept.
 */
import { type KeyObject, X509Certificate } from "node:crypto"
import { signatureHeaders, signatureProblemWith } from "./client"
import { decryptResource, type EncryptedResource } from "./crypto"
import type { PlatformKey } from "./platform-keys"

type CertificateList = {
  data?: {
    serial_no: string
    effective_time: string
    expire_time: string
    encrypt_certificate: EncryptedResource
  }[]
}

export class CertificateDownloadRefused extends Error {
  name = "CertificateDownloadRefused"
}

function sameSerial(a: string, b: string): boolean {
  const digits = (serial: string) => serial.toUpperCase().replace(/^0+/, "")
  return /^[0-9A-F]+$/i.test(a) && /^[0-9A-F]+$/i.test(b) && digits(a) === digits(b)
}

/** A certificate of the list, decrypted and checked against what the list says of it. */
export function certificateKey(
  entry: NonNullable<CertificateList["data"]>[number],
  apiV3Key: string
): PlatformKey {
  const pem = decryptResource(entry.encrypt_certificate, apiV3Key)
  const certificate = new X509Certificate(pem)
  // the same number: hex digits compared without case or leading zeros (a certificate's
  // serial is an integer; its encoding drops a leading zero byte)
  if (!sameSerial(certificate.serialNumber, entry.serial_no)) {
    throw new CertificateDownloadRefused(`certificate ${entry.serial_no} has another serial`)
  }
  const notAfter = Math.min(Date.parse(certificate.validTo), Date.parse(entry.expire_time))
  const notBefore = Math.max(Date.parse(certificate.validFrom), Date.parse(entry.effective_time))
  if (Number.isNaN(notAfter) || Number.isNaN(notBefore)) {
    throw new CertificateDownloadRefused(`certificate ${entry.serial_no} has no valid dates`)
  }
  return { serial: entry.serial_no, publicKey: certificate.publicKey, notBefore, notAfter }
}

/**
 * Downloads and checks the list; `send` makes the signed request, `known`
 * gives the keys already trusted. Returns the certificates not yet expired.
 */
export async function downloadCertificates(
  send: () => Promise<Response>,
  apiV3Key: string,
  known: (serial: string) => KeyObject | null,
  now = Date.now()
): Promise<PlatformKey[]> {
  const response = await send()
  const text = await response.text()
  if (!response.ok) {
    throw new CertificateDownloadRefused(`GET /v3/certificates: HTTP ${response.status}`)
  }
  let list: CertificateList
  let keys: PlatformKey[]
  try {
    list = JSON.parse(text) as CertificateList
    keys = (list.data ?? []).map((entry) => certificateKey(entry, apiV3Key))
  } catch (error) {
    if (error instanceof CertificateDownloadRefused) throw error
    throw new CertificateDownloadRefused(
      `GET /v3/certificates: cannot read the certificates (${(error as Error).message})`
    )
  }
  const fresh = new Map(keys.map((k) => [k.serial, k.publicKey]))
  const problem = signatureProblemWith(
    (serial) => known(serial) ?? fresh.get(serial) ?? null,
    signatureHeaders(response.headers),
    text,
    now
  )
  if (problem) throw new CertificateDownloadRefused(`GET /v3/certificates: ${problem}`)
  return keys.filter((k) => (k.notAfter ?? Infinity) > now)
}
