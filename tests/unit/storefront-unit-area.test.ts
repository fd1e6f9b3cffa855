/**
 * The storefront's /unit area, its pure parts: the forms' rules (the
 * server's own, refused in Chinese), the request body they make, the
 * server's refusals said in Chinese, and where signing in leads back to.
 */
import { nextPathOf } from "@/lib/account/next-path"
import { fieldErrors } from "@/lib/checkout/schema"
import { unitErrorOf } from "@/lib/unit/errors"
import {
  memberAddFormSchema,
  unitDetailsFormSchema,
  unitFormSchema,
  unitFormValues,
  unitRequestOf,
} from "@/lib/unit/schema"
import { unitCreateSchema, USCC_ERRORS } from "@shared/unit"
import { usccCheckCharacter } from "@shared/uscc"

const first17 = "91440300000000001"
const CODE = first17 + usccCheckCharacter(first17)
const BAD_CHECK = CODE.slice(0, 17) + (CODE[17] === "0" ? "1" : "0")

const form = (extra: Record<string, string> = {}) => ({
  name: "梅县测试工会",
  kind: "trade_union",
  credit_code: CODE,
  headcount: "120",
  invoice_type: "normal",
  invoice_title: "",
  invoice_tax_id: "",
  registered_address: "",
  registered_phone: "",
  bank_name: "",
  bank_account: "",
  contact_name: "张三",
  contact_mobile: "138 0013 8000",
  ...extra,
})

const errorsOf = (values: Record<string, string>, schema = unitFormSchema) => {
  const parsed = schema.safeParse(values)
  return parsed.success ? {} : fieldErrors(parsed.error)
}

describe("the unit form", () => {
  it("makes a body the server's own schema takes: defaults left to the server, the mobile cleaned", () => {
    const parsed = unitFormSchema.parse(form({ credit_code: CODE.toLowerCase() }))
    const body = unitRequestOf(parsed)
    expect(body).toEqual({
      name: "梅县测试工会",
      kind: "trade_union",
      credit_code: CODE,
      headcount: 120,
      invoice: {
        type: "normal",
        registered_address: null,
        registered_phone: null,
        bank_name: null,
        bank_account: null,
      },
      contacts: [{ name: "张三", mobile: "13800138000" }],
    })
    expect(unitCreateSchema.safeParse(body).success).toBe(true)
  })

  it("says which credit-code check failed, in Chinese, beside the field", () => {
    expect(errorsOf(form({ credit_code: BAD_CHECK })).credit_code).toBe(
      "统一社会信用代码校验位不正确，请核对"
    )
    expect(errorsOf(form({ credit_code: "9144030000000000" })).credit_code).toBe(
      "统一社会信用代码应为 18 位"
    )
    expect(errorsOf(form({ credit_code: "91440300000000000I" })).credit_code).toContain(
      "只能包含数字和大写字母"
    )
    expect(errorsOf(form({ credit_code: "" })).credit_code).toBe("请填写统一社会信用代码")
  })

  it("refuses the other fields in Chinese", () => {
    const errors = errorsOf(
      form({
        name: "梅",
        kind: "",
        headcount: "-3",
        contact_name: "",
        contact_mobile: "12345",
        invoice_tax_id: "abc",
      })
    )
    expect(errors).toEqual({
      name: "单位名称至少 2 个字",
      kind: "请选择单位类型",
      headcount: "人数应为 1 到 10000000 之间的整数",
      contact_name: "请填写联系人",
      contact_mobile: "请填写正确的 11 位手机号",
      invoice_tax_id: "税号应为 15、18 或 20 位数字和大写字母",
    })
  })

  it("needs the 专票 fields, each beside itself, and takes them when given", () => {
    const errors = errorsOf(form({ invoice_type: "special", bank_name: "中国银行梅县支行" }))
    expect(errors).toEqual({
      registered_address: "开具专票需填写此项",
      registered_phone: "开具专票需填写此项",
      bank_account: "开具专票需填写此项",
    })
    const parsed = unitFormSchema.parse(
      form({
        invoice_type: "special",
        registered_address: "梅州市梅县区新城",
        registered_phone: "0753-2188888",
        bank_name: "中国银行梅县支行",
        bank_account: "6217 0000 1234 5678",
      })
    )
    expect(unitRequestOf(parsed).invoice?.bank_account).toBe("6217000012345678")
  })

  it("edits a verified unit's details without its identity, keeping its other contacts", () => {
    const { name: _name, kind: _kind, credit_code: _code, ...details } = form()
    const parsed = unitDetailsFormSchema.parse(details)
    const other = { name: "李四", mobile: "13900139000" }
    const body = unitRequestOf(parsed, [other])
    expect(body).not.toHaveProperty("name")
    expect(body).not.toHaveProperty("credit_code")
    expect(body.contacts).toEqual([{ name: "张三", mobile: "13800138000" }, other])
  })

  it("fills the form from a unit", () => {
    const values = unitFormValues({
      id: "unit_1",
      name: "梅县测试工会",
      kind: "trade_union",
      credit_code: CODE,
      invoice: { type: "normal", title: "梅县测试工会", tax_id: CODE },
      contacts: [{ name: "张三", mobile: "13800138000" }],
      headcount: null,
      status: "pending",
      verified_at: null,
      reason: null,
      created_at: "",
      updated_at: "",
    })
    expect(values).toMatchObject({ headcount: "", invoice_type: "normal", contact_name: "张三" })
    expect(unitFormSchema.safeParse(values).success).toBe(true)
  })

  it("checks a new member's e-mail and role", () => {
    expect(memberAddFormSchema.parse({ email: " Li@Example.CN ", role: "buyer" })).toEqual({
      email: "li@example.cn",
      role: "buyer",
    })
    const parsed = memberAddFormSchema.safeParse({ email: "nobody", role: "owner" })
    expect(parsed.success ? {} : fieldErrors(parsed.error)).toEqual({
      email: "请填写正确的邮箱",
      role: "请选择角色",
    })
  })
})

describe("the server's refusals in Chinese", () => {
  const refusal = (status: number, message: string) => Object.assign(new Error(message), { status })

  it("puts the credit code's failed check and a taken code beside the field", () => {
    expect(unitErrorOf(refusal(400, USCC_ERRORS.checksum.message), "apply")).toEqual({
      field: "credit_code",
      message: "统一社会信用代码校验位不正确，请核对",
    })
    expect(
      unitErrorOf(
        refusal(422, "该统一社会信用代码的单位已存在 (a unit with credit_code X already exists)"),
        "apply"
      ).field
    ).toBe("credit_code")
  })

  it("says the last 管理员, the role, a disabled unit and an unknown e-mail in Chinese", () => {
    const lastAdmin = refusal(
      400,
      "单位至少需要一名管理员 (the unit's last admin cannot be removed or given another role)"
    )
    expect(unitErrorOf(lastAdmin, "member").message).toBe(
      "单位至少需要一名管理员：请先将另一名成员设为管理员。"
    )
    expect(unitErrorOf(refusal(403, "只有单位管理员可以进行此操作"), "member").message).toBe(
      "只有单位管理员可以进行此操作。"
    )
    expect(unitErrorOf(refusal(403, "单位已停用，不能以单位身份操作"), "update").message).toBe(
      "单位已停用，不能以单位身份操作。"
    )
    expect(
      unitErrorOf(
        refusal(404, "没有使用该邮箱注册的顾客账户 (no customer account has this e-mail)"),
        "addMember"
      )
    ).toEqual({ field: "email", message: "没有使用该邮箱注册的顾客账户，请对方先在商城注册。" })
    expect(
      unitErrorOf(
        refusal(400, "该顾客已是一个单位的成员 (the customer already belongs to a unit)"),
        "addMember"
      ).field
    ).toBe("email")
    expect(unitErrorOf(refusal(404, 'Unit member "x" was not found'), "member").message).toBe(
      "该成员已不在本单位，请刷新页面。"
    )
  })

  it("never shows an English message", () => {
    const english = [
      refusal(400, "Invalid request: Value for field 'contacts' is invalid"),
      refusal(409, "Timed-out acquiring lock"),
      refusal(500, "An unknown error occurred."),
      new Error("fetch failed"),
      "nothing",
    ]
    for (const error of english) {
      const { message } = unitErrorOf(error, "update")
      expect(message).toMatch(/[\u4e00-\u9fff]/)
      expect(message).not.toMatch(/[A-Za-z]{3,}/)
    }
  })
})

describe("signing in leads back", () => {
  it("to a path of the shop, never another site", () => {
    expect(nextPathOf("/unit")).toBe("/unit")
    expect(nextPathOf("/products?town=bingcun")).toBe("/products?town=bingcun")
    for (const bad of [
      "//evil.example",
      "/\\evil.example",
      "https://evil.example",
      "unit",
      "",
      null,
    ]) {
      expect(nextPathOf(bad)).toBe("/account")
    }
  })
})
