import { signatureHeaders, type WechatPayClient } from "./client"
import { decryptResource, type EncryptedResource } from "./crypto"
import type { Transaction } from "./orders"

/** A notification's envelope, as WeChat Pay posts it to notify_url. */
type Envelope = {
  id: string
  create_time: string
  event_type: string
  resource_type: string
  summary?: string
  resource: EncryptedResource
}

export class NotificationRefused extends Error {
  name = "NotificationRefused"
}

/** The raw body as Medusa hands it over (a Buffer, or its JSON form after the event bus). */
export function rawText(raw: unknown): string {
  if (typeof raw === "string") return raw
  if (Buffer.isBuffer(raw)) return raw.toString("utf8")
  const serialized = raw as { type?: string; data?: number[] } | null
  if (serialized?.type === "Buffer" && Array.isArray(serialized.data)) {
    return Buffer.from(serialized.data).toString("utf8")
  }
  throw new NotificationRefused("no raw body")
}

/**
 * A payment notification, trusted only after: WeChat Pay's signature over the
 * raw body checked with the platform key of the `Wechatpay-Serial` given
 * (an unknown serial downloads the platform certificates once, platform-keys.ts), a
 * timestamp at most 5 minutes away, the resource decrypted (AES-256-GCM, so
 * any change to it fails) and its merchant and app ours. Throws
 * `NotificationRefused` otherwise. Null for events that are no payment.
 */
export async function readNotification(
  client: WechatPayClient,
  headers: Record<string, string | string[] | undefined>,
  raw: unknown,
  now = Date.now()
): Promise<{ event_type: string; transaction: Transaction } | null> {
  const { config } = client
  const body = rawText(raw)
  const problem = await client.verify(signatureHeaders(headers), body, now)
  if (problem) throw new NotificationRefused(problem)
  let envelope: Envelope
  let transaction: Transaction
  try {
    envelope = JSON.parse(body) as Envelope
    if (envelope.resource_type !== "encrypt-resource") return null
    transaction = JSON.parse(decryptResource(envelope.resource, config.apiV3Key)) as Transaction
  } catch (error) {
    throw new NotificationRefused(`cannot decrypt the resource: ${(error as Error).message}`)
  }
  // refund notifications (REFUND.*) carry no appid; the shop does not act on them
  if (!envelope.event_type.startsWith("TRANSACTION.")) return null
  if (transaction.mchid !== config.mchid || transaction.appid !== config.appid) {
    throw new NotificationRefused("the notification is for another merchant or app")
  }
  return { event_type: envelope.event_type, transaction }
}
