import { describe, expect, it } from "vitest"
import {
  SMS_PARAM_MAX_LENGTH,
  SMS_TEMPLATES,
  smsParams,
  smsText,
} from "../../backend/src/modules/notification-outbox/sms-templates"
import {
  MESSAGE_TEMPLATES,
  renderHtml,
  renderMessage,
} from "../../backend/src/modules/notification-outbox/templates"

const DEADLINE = "2026-12-08T10:00:00.000Z" // 18:00 China time
const PAYEE = {
  account_name: "梅州市梅县区消费帮扶运营服务中心有限公司",
  bank_name: "中国农业银行梅州梅县支行",
  account_number: "44650101040012345",
}

const QUOTE = {
  display_id: "XJ20261201-9999",
  unit_name: "广州市天河区机关工会",
  total: "9999999.99",
  valid_until: DEADLINE,
  url: "https://shop.example.cn/unit/quotes/quote_01JABCDEF",
}

/** Each template's data at its longest (nine-digit order numbers, amounts in the millions). */
const DATA: Record<string, Record<string, unknown>> = {
  "plain-text": { text: "测试" },
  "order-lookup-code": { code: "482913", minutes: 10 },
  "password-reset": {
    url: "https://shop.example.cn/account/reset-password?token=eyJa.eyJb.c&email=a%40b.cn",
    minutes: 15,
  },
  "bank-transfer-reminder": {
    display_id: 123456789,
    amount: "9999999.99",
    outstanding_amount: "9999999.99",
    received_amount: "0.00",
    deadline_at: DEADLINE,
    reference: "MX7K2P9QH4",
    payee: PAYEE,
  },
  "bank-transfer-canceled": {
    display_id: 123456789,
    deadline_at: DEADLINE,
    reference: "MX7K2P9QH4",
  },
  "bulk-order-created": {
    reference: "MB7K2P9QH4",
    amount: "9999999.99",
    parcels: 1000,
    deadline_at: DEADLINE,
    unit_name: "广州市天河区机关工会",
  },
  "bulk-order-reminder": {
    reference: "MB7K2P9QH4",
    amount: "9999999.99",
    parcels: 1000,
    deadline_at: DEADLINE,
  },
  "bulk-order-canceled": { reference: "MB7K2P9QH4", parcels: 1000, deadline_at: DEADLINE },
  "order-placed": { display_id: 123456789, amount: "9999999.99" },
  "order-placed-transfer": {
    display_id: 123456789,
    amount: "9999999.99",
    transfer: {
      amount: "9999999.99",
      reference: "MX7K2P9QH4",
      deadline_at: DEADLINE,
      payee: PAYEE,
    },
  },
  "order-paid": { display_id: 123456789, amount: "9999999.99" },
  "order-shipped": { display_id: 123456789, carrier: "sf", tracking_number: "SF1234567890123" },
  "order-refunded": { display_id: 123456789, amount: "9999999.99" },
  "presale-ship-reminder": {
    display_id: 123456789,
    ships_on: "2026-12-09",
    products: "松源高山绿茶",
  },
  "quote-sent": QUOTE,
  "quote-expiring": QUOTE,
}

describe("message templates", () => {
  it("every template renders a subject and a body from its data, with nothing left blank", () => {
    for (const template of Object.keys(MESSAGE_TEMPLATES)) {
      const data = DATA[template]
      expect(data, `test data for ${template}`).toBeDefined()
      const message = renderMessage(template, data)
      expect(message.subject).toMatch(/^【梅县消费帮扶商城】/)
      expect(message.text).toMatch(/^【梅县消费帮扶商城】/)
      expect(message.text).not.toMatch(/undefined|null|NaN|（）/)
    }
  })

  it("the order placed by 对公转账 gives payee, amount, reference and deadline in China time", () => {
    const { text, subject } = renderMessage("order-placed-transfer", DATA["order-placed-transfer"])
    expect(subject).toContain("#123456789")
    expect(text).toContain("¥9,999,999.99")
    expect(text).toContain("2026年12月8日 18:00")
    expect(text).toContain("MX7K2P9QH4")
    expect(text).toContain(PAYEE.account_name)
    expect(text).toContain(PAYEE.bank_name)
    expect(text).toContain(PAYEE.account_number)
  })

  it("names the carrier of the farm's list by its code, and keeps any other name as written", () => {
    expect(renderMessage("order-shipped", DATA["order-shipped"]).text).toContain(
      "顺丰速运运单号 SF1234567890123"
    )
    expect(
      renderMessage("order-shipped", {
        display_id: 7,
        carrier: "德邦快递",
        tracking_number: "DPK1",
      }).text
    ).toContain("德邦快递运单号 DPK1")
    expect(renderMessage("order-refunded", { display_id: 7, amount: "12.5" }).text).toContain(
      "¥12.50"
    )
    expect(renderMessage("presale-ship-reminder", DATA["presale-ship-reminder"]).text).toContain(
      "将于 12月9日 起发货"
    )
  })

  it("the HTML body says the same, escaped, with the link clickable", () => {
    const html = renderHtml(renderMessage("password-reset", DATA["password-reset"]))
    expect(html).toContain(
      '<a href="https://shop.example.cn/account/reset-password?token=eyJa.eyJb.c&#38;email=a%40b.cn">'
    )
    const evil = renderHtml(renderMessage("plain-text", { text: "<script>alert(1)</script>" }))
    expect(evil).not.toContain("<script>")
    expect(evil).toContain("&#60;script&#62;")
  })
})

describe("SMS templates (a mainland service's approved templates)", () => {
  it("every SMS template's parameters fit the service's limit and match the body's variables", () => {
    for (const [template, sms] of Object.entries(SMS_TEMPLATES)) {
      const params = smsParams(template, DATA[template])
      const variables = new Set(sms.body.match(/\{\d+\}/g) ?? [])
      expect(params.length, template).toBe(variables.size)
      for (const p of params) {
        expect(p.length, `${template}: ${p}`).toBeGreaterThan(0)
        expect([...p].length, `${template}: ${p}`).toBeLessThanOrEqual(SMS_PARAM_MAX_LENGTH)
        expect(p, template).not.toMatch(/[¥【】]/)
      }
      expect(sms.body, template).not.toMatch(/[【】]/) // the service adds the 签名
    }
  })

  it("every message the shop sends by SMS has an SMS template; the password reset goes by e-mail only", () => {
    const bySms = Object.keys(MESSAGE_TEMPLATES).filter(
      (t) => !["plain-text", "password-reset"].includes(t)
    )
    expect(Object.keys(SMS_TEMPLATES).sort()).toEqual(bySms.sort())
    expect(() => smsParams("password-reset", DATA["password-reset"])).toThrow(/no SMS template/)
  })

  it("a quote's messages give the reference, the total, the validity in China time and the link", () => {
    const sent = renderMessage("quote-sent", QUOTE)
    expect(sent.subject).toBe("【梅县消费帮扶商城】询价单 XJ20261201-9999 已报价")
    expect(sent.text).toContain("合计 ¥9,999,999.99")
    expect(sent.text).toContain("报价有效期至 2026年12月8日 18:00")
    expect(sent.text).toContain(QUOTE.url)
    expect(renderMessage("quote-expiring", QUOTE).text).toContain("将于 2026年12月8日 18:00 到期")
    expect(smsText("quote-sent", QUOTE)).toBe(
      "您单位的询价单XJ20261201-9999已报价，合计9999999.99元，有效期至2026年12月8日 18:00。请登录商城单位专区查看明细并确认。"
    )
  })

  it("fills the registered body as the buyer reads it, and refuses a parameter that is too long", () => {
    expect(smsText("order-placed-transfer", DATA["order-placed-transfer"])).toBe(
      "您的订单123456789已提交，请于2026年12月8日 18:00前对公转账9999999.99元，附言填写付款识别码MX7K2P9QH4。收款账户见订单页或邮件，逾期未付订单将自动取消。"
    )
    expect(() =>
      smsParams("order-shipped", { display_id: 1, carrier: "sf", tracking_number: "X".repeat(21) })
    ).toThrow(/longer than 20/)
  })
})
