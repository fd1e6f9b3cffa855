/**
 * A buyer's contact as the checkout stores it (cart and order metadata
 * `contact` + `contact_kind`, and the order e-mail when it is an e-mail):
 * a mainland mobile number `^1[3-9]\d{9}$` or an e-mail address.
 */
export const MOBILE = /^1[3-9]\d{9}$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
/** control characters, and the bidirectional-text controls that can disguise what a text shows */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/

export type ContactKind = "mobile" | "email"
export type Contact = { contact: string; kind: ContactKind; channel: "sms" | "email" }

/**
 * The normalized contact (a mobile without spaces, dashes or +86; an e-mail
 * trimmed and lower-cased), or null when it is neither.
 */
export function normalizeContact(raw: unknown): Contact | null {
  if (typeof raw !== "string") return null
  const value = raw.trim()
  if (!value || value.length > 254 || CONTROL.test(value)) return null
  const digits = value.replace(/[\s-]/g, "").replace(/^(\+?86)(?=1\d{10}$)/, "")
  if (MOBILE.test(digits)) return { contact: digits, kind: "mobile", channel: "sms" }
  if (EMAIL.test(value)) return { contact: value.toLowerCase(), kind: "email", channel: "email" }
  return null
}
