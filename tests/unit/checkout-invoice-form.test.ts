/**
 * 开具发票 at checkout, the storefront's pure part: the fields' first values
 * (what the cart carries, else the unit's invoice details, else the first
 * saved 抬头; no 发票 chosen until the buyer picks one) and the check with
 * the shared 发票 rules, each refusal in Chinese under the form's own names.
 */
import { checkoutInvoiceOf, checkoutInvoiceValues } from "@/lib/checkout/invoice"
import { badCheckDigit, creditCode } from "../fixtures/units"

const form = (extra: Record<string, string> = {}) => ({
  invoice_kind: "normal",
  invoice_title: "李明",
  invoice_tax_id: creditCode(5),
  invoice_registered_address: "",
  invoice_registered_phone: "",
  invoice_bank_name: "",
  invoice_bank_account: "",
  invoice_email: "li.ming@example.cn",
  ...extra,
})

describe("开具发票 at checkout", () => {
  it("asks for nothing while 不开发票 is chosen, whatever the other fields hold", () => {
    expect(checkoutInvoiceOf(form({ invoice_kind: "", invoice_tax_id: "bad" }))).toEqual({
      invoice: null,
      errors: {},
    })
    expect(checkoutInvoiceOf({})).toEqual({ invoice: null, errors: {} })
  })

  it("makes the request body of a 普票, empty 专票 fields left out", () => {
    const { invoice, errors } = checkoutInvoiceOf(form({ invoice_tax_id: ` ${creditCode(5)} ` }))
    expect(errors).toEqual({})
    expect(invoice).toEqual({
      kind: "normal",
      title: "李明",
      tax_id: creditCode(5),
      registered_address: null,
      registered_phone: null,
      bank_name: null,
      bank_account: null,
      email: "li.ming@example.cn",
    })
  })

  it("a 普票 drops the 专票 details the form still holds (prefilled, or typed before switching)", () => {
    const { invoice } = checkoutInvoiceOf(
      form({ invoice_bank_name: "梅县农商行", invoice_bank_account: "bad" })
    )
    expect(invoice).toMatchObject({ kind: "normal", bank_name: null, bank_account: null })
  })

  it("refuses a wrong check digit, a short 抬头 and a bad e-mail in Chinese, under the form's names", () => {
    const { invoice, errors } = checkoutInvoiceOf(
      form({
        invoice_title: "李",
        invoice_tax_id: badCheckDigit(creditCode(5)),
        invoice_email: "li.ming",
      })
    )
    expect(invoice).toBeNull()
    expect(errors.invoice_tax_id).toContain("校验位不正确")
    expect(errors.invoice_title).toBe("发票抬头至少 2 个字")
    expect(errors.invoice_email).toBe("接收发票的电子邮箱格式不正确")
  })

  it("a 专票 names the details it lacks; with them the bank account is kept as digits", () => {
    const lacking = checkoutInvoiceOf(form({ invoice_kind: "special", invoice_bank_name: "农行" }))
    expect(lacking.invoice).toBeNull()
    expect(lacking.errors.invoice_registered_address).toBe(
      "专票需要填写注册地址、注册电话、银行账号"
    )
    const { invoice } = checkoutInvoiceOf(
      form({
        invoice_kind: "special",
        invoice_registered_address: "梅州市梅县区华侨城 1 号",
        invoice_registered_phone: "0753-2188888",
        invoice_bank_name: "中国农业银行梅县支行",
        invoice_bank_account: "4425 0101-0400 1234 5",
      })
    )
    expect(invoice).toMatchObject({ kind: "special", bank_account: "44250101040012345" })
  })

  it("refuses a kind that is neither 普票 nor 专票", () => {
    const { errors } = checkoutInvoiceOf(form({ invoice_kind: "vat" }))
    expect(Object.keys(errors)).toEqual(["invoice_kind"])
  })

  it("starts from the cart's 发票, else the unit's details, else the first saved 抬头", () => {
    const unit = {
      type: "special" as const,
      title: "梅州市梅县区机关工会",
      tax_id: creditCode(9),
      registered_address: "梅县区新城",
      registered_phone: "0753-2100000",
      bank_name: "梅县农商行",
      bank_account: "80020000123456",
    }
    const saved = { title: "李明", tax_id: creditCode(5) }
    const fromUnit = checkoutInvoiceValues({ cartMetadata: {}, unit, saved, email: "a@b.cn" })
    expect(fromUnit).toEqual({
      invoice_kind: "",
      invoice_title: "梅州市梅县区机关工会",
      invoice_tax_id: creditCode(9),
      invoice_registered_address: "梅县区新城",
      invoice_registered_phone: "0753-2100000",
      invoice_bank_name: "梅县农商行",
      invoice_bank_account: "80020000123456",
      invoice_email: "a@b.cn",
    })
    const fromSaved = checkoutInvoiceValues({ cartMetadata: null, unit: null, saved, email: "" })
    expect(fromSaved).toMatchObject({
      invoice_kind: "",
      invoice_title: "李明",
      invoice_tax_id: creditCode(5),
      invoice_bank_name: "",
      invoice_email: "",
    })
    const carried = {
      invoice_request: { kind: "normal", title: "王芳", tax_id: creditCode(6), email: "w@f.cn" },
    }
    expect(
      checkoutInvoiceValues({ cartMetadata: carried, unit, saved, email: "a@b.cn" })
    ).toMatchObject({
      invoice_kind: "normal",
      invoice_title: "王芳",
      invoice_tax_id: creditCode(6),
      invoice_email: "w@f.cn",
    })
    // a carried 发票 that no longer passes the rules is not offered again
    const broken = { invoice_request: { kind: "normal", title: "王芳" } }
    expect(
      checkoutInvoiceValues({ cartMetadata: broken, unit: null, saved, email: "" })
    ).toMatchObject({ invoice_kind: "", invoice_title: "李明" })
  })
})
