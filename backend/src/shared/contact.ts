/**
 * How a buyer is reached: a mainland mobile number or an e-mail address. The
 * checkout stores the contact on the cart and the order (metadata `contact`
 * and `contact_kind`, and the order e-mail when it is an e-mail); guests find
 * their orders and people reset passwords with it.
 */
import { CONTROL_CHARACTER } from "./text"

/** A mainland mobile number: 11 digits, 1 then 3-9. */
export const MOBILE = /^1[3-9]\d{9}$/

/** An e-mail address's shape: something@domain.tld, no spaces. */
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** The longest e-mail address (RFC 5321's path limit). */
export const EMAIL_MAX_LENGTH = 254

/** What a contact is: a mobile number or an e-mail address. */
export const CONTACT_KINDS = ["mobile", "email"] as const
export type ContactKind = (typeof CONTACT_KINDS)[number]

/** How a contact is reached: a text message to a mobile, a message to an e-mail address. */
export const CONTACT_CHANNELS = ["sms", "email"] as const
export type ContactChannel = (typeof CONTACT_CHANNELS)[number]

export type Contact = { contact: string; kind: ContactKind; channel: ContactChannel }

/** "mobile" or "email" when the trimmed value is one, else null (as typed: no normalising). */
export function contactKind(value: string): ContactKind | null {
  const v = value.trim()
  if (MOBILE.test(v)) return "mobile"
  if (v.length <= EMAIL_MAX_LENGTH && EMAIL.test(v)) return "email"
  return null
}

/**
 * The normalized contact (a mobile without spaces, dashes or +86; an e-mail
 * trimmed and lower-cased), or null when it is neither.
 */
export function normalizeContact(raw: unknown): Contact | null {
  if (typeof raw !== "string") return null
  const value = raw.trim()
  if (!value || value.length > EMAIL_MAX_LENGTH || CONTROL_CHARACTER.test(value)) return null
  const digits = value.replace(/[\s-]/g, "").replace(/^(\+?86)(?=1\d{10}$)/, "")
  if (MOBILE.test(digits)) return { contact: digits, kind: "mobile", channel: "sms" }
  if (EMAIL.test(value)) return { contact: value.toLowerCase(), kind: "email", channel: "email" }
  return null
}
