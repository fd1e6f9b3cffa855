/**
 * The account buyers pay into for 对公转账 (bank transfer), and the reference
 * code they write on the transfer's 附言 so the support team can match the
 * money to the order.
 */
import { randomInt } from "node:crypto"
import { chinaCompactDate } from "../../shared/china-time"

export type BankTransferOptions = {
  /** 开户名 */
  accountName?: string
  /** 开户行 */
  bankName?: string
  /** 账号 */
  accountNumber?: string
  /** days a buyer has to pay (BANK_TRANSFER_DEADLINE_DAYS, default 7): see ./deadline.ts */
  deadlineDays?: string | number
}

export type Payee = {
  account_name: string
  bank_name: string
  account_number: string
}

/** Demo values (invented): set BANK_TRANSFER_ACCOUNT_NAME, _BANK_NAME and _ACCOUNT_NUMBER in production. */
export const DEMO_PAYEE: Payee = {
  account_name: "梅县消费帮扶商城运营有限公司",
  bank_name: "中国农业银行梅州梅县支行",
  account_number: "4456 0101 0400 2026 118",
}

export function payeeFrom(options: BankTransferOptions = {}): Payee {
  return {
    account_name: options.accountName?.trim() || DEMO_PAYEE.account_name,
    bank_name: options.bankName?.trim() || DEMO_PAYEE.bank_name,
    account_number: options.accountNumber?.trim() || DEMO_PAYEE.account_number,
  }
}

// No 0/O, 1/I/L: the code is read off a phone and typed into a bank's form.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"

/**
 * `MX` + the China-time date + 6 random characters, e.g. `MX20261129K7QF3P`
 * (a bulk order's reference has the prefix `MB`: modules/bulk-order/reference.ts).
 */
export function newReference(at: Date = new Date(), prefix = "MX") {
  let suffix = ""
  for (let i = 0; i < 6; i++) suffix += ALPHABET[randomInt(ALPHABET.length)]
  return `${prefix}${chinaCompactDate(at)}${suffix}`
}

export const REFERENCE_PATTERN = /^MX\d{8}[2-9A-HJKMNP-Z]{6}$/
