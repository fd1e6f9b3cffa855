import { z } from "@medusajs/framework/zod"
import { chinaDay } from "../../../shared/china-time"
import { CONTROL_CHARACTER } from "../../../shared/text"
import { REMITTANCE_STATUSES } from "../../../types/http/remittances"
import { pageParams } from "../../utils/validators"

const plain = (name: string, max: number) =>
  z
    .string({ message: `${name} must be text` })
    .trim()
    .max(max, `${name} is at most ${max} characters`)
    .refine((v) => !CONTROL_CHARACTER.test(v), `${name} must not contain control characters`)

/** A day (YYYY-MM-DD, China time) or an instant (ISO 8601 with its zone), not in the future. */
const paidAt = z
  .string({ message: 'paid_at is required: the day the money arrived, e.g. "2026-12-01"' })
  .trim()
  .transform((v, ctx) => {
    const day = /^\d{4}-\d{2}-\d{2}$/.test(v)
    const at = new Date(day ? `${v}T00:00:00+08:00` : v)
    const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(v)
    if ((!day && !instant) || Number.isNaN(at.getTime()) || (day && chinaDay(at) !== v)) {
      ctx.addIssue({
        code: "custom",
        message:
          'paid_at must be a day like "2026-12-01" or an instant like "2026-12-01T10:30:00+08:00"',
      })
      return z.NEVER
    }
    if (chinaDay(at) > chinaDay(new Date())) {
      ctx.addIssue({ code: "custom", message: "paid_at cannot be in the future" })
      return z.NEVER
    }
    return { paid_on: chinaDay(at), paid_at: day ? null : at.toISOString() }
  })

/** POST /admin/remittances: a bank credit as the statement shows it. */
export const AdminCreateRemittanceBody = z
  .object({
    /** decimal yuan, e.g. "1280.50" */
    amount: z
      .union([z.string(), z.number()], {
        message: 'amount is required: the yuan received, e.g. "1280.50"',
      })
      .transform((v) => String(v).trim())
      .refine(
        (v) => /^\d{1,10}(\.\d{1,2})?$/.test(v) && Number(v) > 0,
        'amount must be more than zero, in yuan with at most two decimals, e.g. "1280.50"'
      ),
    /** 对方户名 */
    payer_name: plain("payer_name", 100).refine(
      (v) => v.length > 0,
      "payer_name is required: the account name (户名) the money came from"
    ),
    paid_at: paidAt,
    /** 流水号 */
    bank_serial: plain("bank_serial", 64)
      .transform((v) => v.normalize("NFKC").replace(/\s+/g, ""))
      .nullish(),
    /** 摘要/附言 */
    remark: plain("remark", 500),
    payer_account: plain("payer_account", 64).nullish(),
    bank: plain("bank", 100).nullish(),
  })
  .strict()
export type AdminCreateRemittanceBodyType = z.infer<typeof AdminCreateRemittanceBody>

/** GET /admin/remittances: the queue. */
export const AdminRemittancesParams = z
  .object({
    status: z.enum(REMITTANCE_STATUSES).optional(),
    /** part of the payer, 附言, reference, serial or account */
    q: plain("q", 100).optional(),
    import_id: z
      .string()
      .regex(/^[A-Za-z0-9_]{1,80}$/, "import_id is not an import id")
      .optional(),
    ...pageParams(200, 50),
  })
  .strict()
export type AdminRemittancesParamsType = z.infer<typeof AdminRemittancesParams>

/** POST /admin/remittances/:id/match: the reference a person read on the credit. */
export const AdminMatchRemittanceBody = z
  .object({
    reference: plain("reference", 100).refine((v) => v.length > 0, "reference is required"),
  })
  .strict()
export type AdminMatchRemittanceBodyType = z.infer<typeof AdminMatchRemittanceBody>

/** POST /admin/remittances/:id/confirm: no fields. */
export const AdminConfirmRemittanceBody = z.object({}).strict()
