import { z } from "@medusajs/framework/zod"
import { chinaDay } from "../../../shared/china-time"
import { CONTROL_CHARACTER } from "../../../shared/text"
import { BANK_TRANSFER_FILTERS } from "../../../types/http/payments"
import { calendarDay } from "../../utils/validators"

/** A reference code as typed from a bank's 附言: case and spaces do not matter. */
const referenceText = (name: string) =>
  z
    .string()
    .max(64, `${name} is too long`)
    .transform((v) => v.replace(/\s+/g, "").replace(/^#/, "").toUpperCase())
    .refine((v) => /^[0-9A-Z]*$/.test(v), `${name} may only hold letters and digits`)

export const AdminBankTransferPaymentsParams = z.object({
  /** the code on the transfer's 附言 (exact) */
  reference: referenceText("reference").optional(),
  /** part of a reference code, or an order number */
  q: referenceText("q").optional(),
  order_id: z
    .string()
    .min(1)
    .max(80)
    .regex(/^[A-Za-z0-9_]+$/, "order_id is not an order id")
    .optional(),
  /** awaiting_transfer (待到账, partly paid ones included), partially_received (部分到账), received (已到账), canceled (已取消) */
  state: z.enum(BANK_TRANSFER_FILTERS).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
})
export type AdminBankTransferPaymentsParamsType = z.infer<typeof AdminBankTransferPaymentsParams>

const receivedOn = calendarDay("received_on", "2026-12-01").refine(
  (v) => v <= chinaDay(new Date()),
  "received_on cannot be in the future"
)

/** 确认到账: money that arrived for a bank-transfer payment. */
export const AdminBankTransferReceiptBody = z
  .object({
    /** decimal yuan as on the bank statement, e.g. "1280.50" */
    amount: z
      .union([z.string(), z.number()], {
        message: 'amount is required: the yuan received, e.g. "1280.50"',
      })
      .transform((v) => String(v).trim())
      .refine(
        (v) => /^\d{1,10}(\.\d{1,2})?$/.test(v),
        'amount must be a positive amount in yuan with at most two decimals, e.g. "1280.50"'
      )
      .refine((v) => Number(v) > 0, "amount must be more than zero"),
    /** 户名: the payer's account name on the bank statement */
    payer_name: z
      .string({ message: "payer_name is required: the account name (户名) the money came from" })
      .trim()
      .min(1, "payer_name is required: the account name (户名) the money came from")
      .max(100, "payer_name is at most 100 characters")
      .refine((v) => !CONTROL_CHARACTER.test(v), "payer_name must not contain control characters"),
    received_on: receivedOn.nullish(),
    note: z
      .string()
      .trim()
      .max(500, "note is at most 500 characters")
      .refine(
        (v) => !CONTROL_CHARACTER.test(v.replace(/\r?\n/g, "")),
        "note must not contain control characters"
      )
      .nullish(),
  })
  .strict()
export type AdminBankTransferReceiptBodyType = z.infer<typeof AdminBankTransferReceiptBody>

/** A path id: letters, digits and underscores. */
export const isEntityId = (id: unknown): id is string =>
  typeof id === "string" && /^[A-Za-z0-9_]{1,80}$/.test(id)
