/**
 * WeChat Pay API v3's cryptography, with node:crypto only: the merchant's
 * request signature (SHA256-RSA2048 over `METHOD\nURL\nTIMESTAMP\nNONCE\nBODY\n`),
 * the check of WeChat Pay's signature on responses and notifications (over
 * `TIMESTAMP\nNONCE\nBODY\n`), the AEAD_AES_256_GCM decryption of a
 * notification's `resource`, and the JSAPI `paySign`.
 */
import {
  createCipheriv,
  createDecipheriv,
  createPublicKey,
  createSign,
  createVerify,
  type KeyObject,
  randomBytes,
  X509Certificate,
} from "node:crypto"

export const AUTH_SCHEMA = "WECHATPAY2-SHA256-RSA2048"

/** A random nonce of 32 letters and digits, as WeChat Pay's examples use. */
export function nonce(): string {
  return randomBytes(16).toString("hex").toUpperCase()
}

/** Unix seconds, as a string. */
export function unixSeconds(now = Date.now()): string {
  return String(Math.floor(now / 1000))
}

/** SHA256withRSA, base64. */
export function rsaSign(message: string, privateKey: KeyObject | string): string {
  return createSign("RSA-SHA256").update(message).sign(privateKey, "base64")
}

export function rsaVerify(message: string, signature: string, publicKey: KeyObject): boolean {
  try {
    return createVerify("RSA-SHA256").update(message).verify(publicKey, signature, "base64")
  } catch {
    return false
  }
}

/** The platform's public key from a PEM public key (微信支付公钥) or a platform certificate. */
export function publicKeyFromPem(pem: string): KeyObject {
  return pem.includes("CERTIFICATE")
    ? new X509Certificate(pem).publicKey
    : createPublicKey({ key: pem, format: "pem" })
}

/** The string a request signature covers; `url` is the path with its query string. */
export function requestMessage(
  method: string,
  url: string,
  timestamp: string,
  nonceStr: string,
  body: string
): string {
  return `${method}\n${url}\n${timestamp}\n${nonceStr}\n${body}\n`
}

/** The string a response or notification signature covers. */
export function responseMessage(timestamp: string, nonceStr: string, body: string): string {
  return `${timestamp}\n${nonceStr}\n${body}\n`
}

/** The `Authorization` header of a merchant request. */
export function authorization(input: {
  mchid: string
  serialNo: string
  privateKey: KeyObject | string
  method: string
  url: string
  body: string
  timestamp?: string
  nonceStr?: string
}): string {
  const timestamp = input.timestamp ?? unixSeconds()
  const nonceStr = input.nonceStr ?? nonce()
  const signature = rsaSign(
    requestMessage(input.method, input.url, timestamp, nonceStr, input.body),
    input.privateKey
  )
  return (
    `${AUTH_SCHEMA} mchid="${input.mchid}",nonce_str="${nonceStr}",` +
    `signature="${signature}",timestamp="${timestamp}",serial_no="${input.serialNo}"`
  )
}

/** The fields of an `Authorization` header (null when it is not WeChat Pay's schema). */
export function parseAuthorization(header: string | undefined): Record<string, string> | null {
  if (!header?.startsWith(`${AUTH_SCHEMA} `)) return null
  const fields: Record<string, string> = {}
  for (const match of header.slice(AUTH_SCHEMA.length + 1).matchAll(/(\w+)="([^"]*)"/g)) {
    fields[match[1]] = match[2]
  }
  return fields
}

export type EncryptedResource = {
  algorithm: string
  ciphertext: string
  associated_data?: string
  nonce: string
  original_type?: string
}

/** Decrypts a notification's `resource` with the APIv3 key (AEAD_AES_256_GCM); throws when it was altered. */
export function decryptResource(resource: EncryptedResource, apiV3Key: string): string {
  if (resource.algorithm !== "AEAD_AES_256_GCM") {
    throw new Error(`Unsupported algorithm ${resource.algorithm}`)
  }
  const data = Buffer.from(resource.ciphertext, "base64")
  if (data.length < 17) throw new Error("Ciphertext too short")
  const decipher = createDecipheriv(
    "aes-256-gcm",
    Buffer.from(apiV3Key, "utf8"),
    Buffer.from(resource.nonce, "utf8")
  )
  decipher.setAuthTag(data.subarray(data.length - 16))
  decipher.setAAD(Buffer.from(resource.associated_data ?? "", "utf8"))
  return Buffer.concat([
    decipher.update(data.subarray(0, data.length - 16)),
    decipher.final(),
  ]).toString("utf8")
}

/** The inverse of `decryptResource` (WeChat Pay's side; used by the tests' stand-in). */
export function encryptResource(
  plaintext: string,
  apiV3Key: string,
  associatedData: string,
  nonceStr: string
): string {
  const cipher = createCipheriv(
    "aes-256-gcm",
    Buffer.from(apiV3Key, "utf8"),
    Buffer.from(nonceStr, "utf8")
  )
  cipher.setAAD(Buffer.from(associatedData, "utf8"))
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()])
  return Buffer.concat([body, cipher.getAuthTag()]).toString("base64")
}
