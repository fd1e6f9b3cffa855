/** The waits before a refund whose outcome is not known is sent again with the same number. */
const RETRY_DELAYS_MS = [1_000, 3_000]

/**
 * Sends a refund to an online provider (WeChat Pay, Alipay) so that it is
 * made at most once. When the provider's answer does not come (a timeout, an
 * answer whose signature cannot be checked, its "system busy"), the refund
 * may have been made all the same, and Medusa drops a refund that fails: a
 * retry by the support team would send a new number and the provider would
 * pay again. So, as both providers ask, the refund is looked up by its number
 * and, while that is not known either, sent again with the same number (made
 * at most once) after 1 s and 3 s. Only then is the failure reported: the
 * provider's own error when it said the refund was not made, else `notKnown`.
 */
export async function refundAtMostOnce<T>(steps: {
  send: () => Promise<T>
  /** the refund by its number: truthy when made, null when the provider has none; throws when it cannot say */
  lookup: () => Promise<T | null>
  /** whether the provider may have made the refund though `send` threw this */
  unknownOutcome: (error: unknown) => boolean
  /** what to throw for an error of `send` (a refusal, or a refund known not made) */
  failure: (error: unknown) => unknown
  /** what to throw when the outcome stays unknown */
  notKnown: () => unknown
  /** a refund made though its answer failed */
  madeAnyway: (error: unknown) => void
}): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await steps.send()
    } catch (error) {
      if (!steps.unknownOutcome(error)) throw steps.failure(error)
      // null: the provider has no such refund; undefined: the lookup failed too
      const made = await steps.lookup().catch(() => undefined)
      if (made) {
        steps.madeAnyway(error)
        return made
      }
      if (attempt >= RETRY_DELAYS_MS.length) {
        throw made === null ? steps.failure(error) : steps.notKnown()
      }
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAYS_MS[attempt]))
    }
  }
}
