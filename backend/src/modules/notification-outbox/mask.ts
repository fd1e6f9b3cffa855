/**
 * What of a message may be shown outside its recipient's hands (the log, the
 * support team's 消息通知 page): the recipient masked, and the secrets a
 * message carries (one-time codes, reset links) never.
 */

/** Masks all but the last four characters of a mobile number or the domain of an e-mail, for the log. */
export function maskRecipient(to: string): string {
  const at = to.indexOf("@")
  if (at > 0) return `${to.slice(0, 1)}***${to.slice(at)}`
  return to.length > 4 ? `${"*".repeat(to.length - 4)}${to.slice(-4)}` : "****"
}

/**
 * A message as it may be logged: secrets that would let a reader of the log
 * act for the recipient are masked: 6-digit codes, tokens (JWTs anywhere,
 * and any `token=` query value of a link) and the e-mail of a link.
 */
export function maskSecrets(text: string): string {
  return text
    .replace(/\beyJ[\w-]+\.[\w-]+\.[\w-]*/g, "***")
    .replace(/([?&](?:token|email)=)[^&\s]+/gi, "$1***")
    .replace(/\d{6}/g, "******")
}
