/**
 * The rules of 发票 requests, one home for the API, the admin and the
 * storefront: what can still be invoiced (in fen, exactly), the request's
 * fields (税号 an 18-character credit code; a 专票 also needs the registered
 * address and phone, the bank and the account).
 */
import { z } from "zod"
import {
  INVOICE_KINDS,
  INVOICE_STATUSES,
  type InvoiceStatus,
  type InvoiceableDTO,
} from "../types/http/invoice"
import { chinaDay, chinaDayStart, chinaToday } from "./china-time"
import { EMAIL, EMAIL_MAX_LENGTH } from "./contact"
import { fenToYuan, parseFen } from "./money"
import { CONTACT_PHONE_PATTERN } from "./provenance"
import { line } from "./text"
import { creditCodeSchema } from "./unit"

/** Statuses whose amount still counts as requested (everything but 已红冲). */
export const OPEN_INVOICE_STATUSES: InvoiceStatus[] = ["pending", "issued", "needs_reversal"]

export type InvoiceableInput = {
  /** captured, whole fen */
  paid: bigint
  /** refunded, whole fen */
  refunded: bigint
  /** requests not reversed, whole fen */
  requested: bigint
}

/** What can still be invoiced: paid − refunded − requested (never below zero), in fen. */
export function invoiceableFen({ paid, refunded, requested }: InvoiceableInput): bigint {
  const left = paid - refunded - requested
  return left > BigInt(0) ? left : BigInt(0)
}

/** The same as decimal yuan strings, as the routes answer it. */
export function invoiceableOf(input: InvoiceableInput): InvoiceableDTO {
  return {
    paid: fenToYuan(input.paid),
    refunded: fenToYuan(input.refunded),
    requested: fenToYuan(input.requested),
    available: fenToYuan(invoiceableFen(input)),
  }
}

/** Why `amountFen` cannot be requested, in Chinese, or null when it can. */
export function invoiceAmountProblem(amountFen: bigint, input: InvoiceableInput): string | null {
  if (input.paid <= BigInt(0)) return "订单尚未付款，付款后才能申请发票"
  const left = invoiceableFen(input)
  if (amountFen > left) {
    return `申请金额 ¥${fenToYuan(amountFen)} 超过可开票金额 ¥${fenToYuan(left)}（已付 ¥${fenToYuan(
      input.paid
    )}，已退款 ¥${fenToYuan(input.refunded)}，已申请 ¥${fenToYuan(input.requested)}）`
  }
  return null
}

const AMOUNT = /^\d{1,10}(\.\d{1,2})?$/
const BANK_ACCOUNT = /^\d{8,32}$/
const SPECIAL_FIELDS = [
  "registered_address",
  "registered_phone",
  "bank_name",
  "bank_account",
] as const
const SPECIAL_LABELS: Record<(typeof SPECIAL_FIELDS)[number], string> = {
  registered_address: "注册地址",
  registered_phone: "注册电话",
  bank_name: "开户银行",
  bank_account: "银行账号",
}

const optionalLine = (name: string, max: number) => line(name, max).nullish()

/** The fields of a 发票 request: kind, 抬头, 税号 (credit code), 专票 details, amount, e-mail. */
export const invoiceRequestFields = z.object({
  kind: z.enum(INVOICE_KINDS, { error: "发票类型应为 normal（普票）或 special（专票）" }),
  title: line("抬头 title", 100).pipe(z.string().min(2, "发票抬头至少 2 个字")),
  tax_id: creditCodeSchema,
  registered_address: optionalLine("注册地址 registered_address", 200),
  registered_phone: z
    .string()
    .trim()
    .max(20)
    .refine((v) => v === "" || CONTACT_PHONE_PATTERN.test(v), "注册电话应为手机号或固定电话")
    .nullish(),
  bank_name: optionalLine("开户银行 bank_name", 100),
  bank_account: z
    .string()
    .max(40)
    .transform((v) => v.replace(/[\s-]/g, ""))
    .refine((v) => v === "" || BANK_ACCOUNT.test(v), "银行账号应为 8 到 32 位数字")
    .nullish(),
  amount: z
    .string({ error: '金额应为以元为单位的字符串，如 "128.50"' })
    .trim()
    .refine((v) => AMOUNT.test(v) && parseFen(v)! > BigInt(0), "金额应大于 0，最多两位小数"),
  email: z
    .string({ error: "请填写接收发票的电子邮箱" })
    .trim()
    .max(EMAIL_MAX_LENGTH)
    .refine((v) => EMAIL.test(v), "接收发票的电子邮箱格式不正确"),
})

/** A 专票 without its registered address and phone, bank or account: an issue naming them. */
export function checkSpecialInvoice(
  body: { kind: string } & Partial<Record<(typeof SPECIAL_FIELDS)[number], string | null>>,
  ctx: z.RefinementCtx
) {
  if (body.kind !== "special") return
  const missing = SPECIAL_FIELDS.filter((field) => !body[field])
  if (missing.length) {
    ctx.addIssue({
      code: "custom",
      path: [missing[0]],
      message: `专票需要填写${missing.map((f) => SPECIAL_LABELS[f]).join("、")}`,
    })
  }
}

/** The body of a 发票 request of a target the path names. */
export const invoiceRequestSchema = invoiceRequestFields.strict().superRefine(checkSpecialInvoice)

export type InvoiceRequestBody = z.infer<typeof invoiceRequestSchema>

/**
 * 开具发票 at checkout: the cart's, then the order's, metadata holds the
 * request under this key (only POST /store/carts/:id/invoice-request writes
 * it); the server makes the request once the order is paid in full.
 */
export const CHECKOUT_INVOICE_METADATA_KEY = "invoice_request"

/** The 发票 asked for at checkout: the request's fields without the amount (what the order paid). */
export const checkoutInvoiceSchema = invoiceRequestFields
  .omit({ amount: true })
  .strict()
  .superRefine(checkSpecialInvoice)

export type CheckoutInvoice = z.infer<typeof checkoutInvoiceSchema>

/** The support team's 开票: the invoice number (8-20 digits or letters) and its China day. */
export const issueInvoiceSchema = z
  .object({
    number: z
      .string({ error: "请填写发票号码" })
      .trim()
      .regex(/^[0-9A-Za-z]{8,20}$/, "发票号码应为 8 到 20 位数字或字母"),
    issued_on: z
      .string({ error: "请填写开票日期" })
      .regex(/^\d{4}-\d{2}-\d{2}$/, "开票日期格式应为 YYYY-MM-DD")
      .refine((v) => {
        const at = chinaDayStart(v)
        return !Number.isNaN(at.getTime()) && chinaDay(at) === v
      }, "开票日期无效")
      .refine((v) => v <= chinaToday(), "开票日期不能晚于今天"),
  })
  .strict()

export const invoiceStatusFilter = z.enum(INVOICE_STATUSES, {
  error: `status 应为 ${INVOICE_STATUSES.join("、")} 之一`,
})
