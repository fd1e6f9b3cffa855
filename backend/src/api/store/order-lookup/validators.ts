import { z } from "@medusajs/framework/zod"
import { EMAIL_MAX_LENGTH, normalizeContact } from "../../../shared/contact"
import { LOOKUP_CODE_PATTERN } from "../../../types/http/order-access"

const contact = z
  .string({ error: "contact must be a string" })
  .max(EMAIL_MAX_LENGTH, `contact must be at most ${EMAIL_MAX_LENGTH} characters`)
  .transform((value, ctx) => {
    const parsed = normalizeContact(value)
    if (!parsed) {
      ctx.addIssue({
        code: "custom",
        message:
          "contact must be a mainland mobile number (11 digits starting with 1) or an e-mail address",
      })
      return z.NEVER
    }
    return parsed
  })

export const StoreCreateOrderLookupCode = z.object({ contact })
export type StoreCreateOrderLookupCodeType = z.infer<typeof StoreCreateOrderLookupCode>

export const StoreCreateOrderLookupSession = z.object({
  contact,
  code: z
    .string({ error: "code must be a string" })
    .trim()
    .regex(LOOKUP_CODE_PATTERN, "code must be the 6 digits of the message"),
})
export type StoreCreateOrderLookupSessionType = z.infer<typeof StoreCreateOrderLookupSession>

export const StoreListOrderLookupOrders = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(20),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
})
export type StoreListOrderLookupOrdersType = z.infer<typeof StoreListOrderLookupOrders>
