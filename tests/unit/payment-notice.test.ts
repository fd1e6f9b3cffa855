/**
 * The 付款通知书 (backend/src/modules/bank-transfer/notice): a PDF set in a CJK
 * font with the payer, the payee, the amount in figures and in capitals, the
 * reference and the deadline; its table breaks over pages (1,000 rows).
 */
import { writeFileSync } from "node:fs"
import { join } from "node:path"
import {
  noticeFontFromEnv,
  renderPaymentNotice,
  type PaymentNoticeInput,
} from "../../backend/src/modules/bank-transfer/notice"
import { pdfPages } from "../fixtures/pdf-text"
import { scratchDir } from "../fixtures/scratch"

const PAYEE = {
  account_name: "梅县消费帮扶商城运营有限公司",
  bank_name: "中国农业银行梅州梅县支行",
  account_number: "4456 0101 0400 2026 118",
}

const notice = (overrides: Partial<PaymentNoticeInput> = {}): PaymentNoticeInput => ({
  number: "1042",
  issued_at: new Date("2026-12-01T02:00:00Z"),
  payer: { name: "广州市天河区示范街道总工会", credit_code: "81440106MC00000016" },
  payee: PAYEE,
  amount: "12345.67",
  reference: "MX20261201K7QF3P",
  deadline: new Date("2026-12-16T10:00:00Z"),
  rows: [
    { item: "梅县金柚 特级 5斤装", detail: "丙村镇", quantity: 100, amount: "9800.00" },
    { item: "畲江丝苗米 10斤", detail: "畲江镇", quantity: 30, amount: "2545.67" },
  ],
  ...overrides,
})

describe("renderPaymentNotice", () => {
  it("writes the payer, payee, amount in figures and capitals, reference and deadline (China time)", async () => {
    const pdf = await renderPaymentNotice(notice({ notes: ["本通知书为职工福利采购付款依据。"] }))
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-")
    const pages = await pdfPages(pdf)
    expect(pages).toHaveLength(1)
    const [page] = pages
    for (const expected of [
      "付款通知书",
      "编号：1042",
      "开具日期：2026-12-01",
      "广州市天河区示范街道总工会",
      "81440106MC00000016",
      "梅县消费帮扶商城运营有限公司",
      "中国农业银行梅州梅县支行",
      "4456010104002026118",
      "¥12,345.67",
      "人民币壹万贰仟叁佰肆拾伍元陆角柒分",
      "MX20261201K7QF3P",
      // 10:00Z is 18:00 in China
      "2026年12月16日18:00（北京时间）",
      "梅县金柚特级5斤装",
      "9,800.00",
      "合计",
      "本通知书为职工福利采购付款依据。",
      "第1页，共1页",
    ]) {
      expect(page).toContain(expected)
    }
  })

  it("embeds a subset of the CJK font, not the whole collection", async () => {
    const pdf = await renderPaymentNotice(notice())
    expect(pdf.toString("latin1")).toMatch(/\/FontFile2|\/FontFile3/)
    expect(pdf.length).toBeLessThan(400_000)
  })

  it("breaks 1,000 rows over pages, numbering each and repeating the header", async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({
      item: `收件人${i + 1} 梅县金柚 特级 5斤装`,
      detail: `广东省梅州市梅县区丙村镇第${i + 1}号`,
      quantity: 1,
      amount: "12.34",
    }))
    const pdf = await renderPaymentNotice(notice({ rows, amount: "12340.00" }))
    const pages = await pdfPages(pdf)
    expect(pages.length).toBeGreaterThan(15)
    expect(pages.length).toBeLessThan(60)
    pages.forEach((page, i) => {
      expect(page).toContain(`第${i + 1}页，共${pages.length}页`)
      expect(page).toContain("序号项目说明数量金额（元）")
    })
    const all = pages.join("")
    expect(all).toContain("收件人1梅县金柚")
    expect(all).toContain("收件人1000梅县金柚")
    expect(all).toContain("人民币壹万贰仟叁佰肆拾元整")
    // every row once, in order
    const numbers = [...all.matchAll(/收件人(\d+)梅县/g)].map((m) => Number(m[1]))
    expect(numbers).toEqual(rows.map((_, i) => i + 1))
  })

  it("refuses rows that do not sum to the amount, no amount, and a missing font with a clear message", async () => {
    await expect(renderPaymentNotice(notice({ amount: "12345.68" }))).rejects.toThrow(
      /rows sum to 12345.67, not to its amount 12345.68/
    )
    await expect(renderPaymentNotice(notice({ amount: "0", rows: [] }))).rejects.toThrow(
      /positive amount/
    )
    await expect(
      renderPaymentNotice(notice({ font: { path: "/nowhere/NotoSansCJK.ttc" } }))
    ).rejects.toThrow(
      /needs a CJK font: "\/nowhere\/NotoSansCJK.ttc" was not found.*PAYMENT_NOTICE_FONT/
    )
  })

  it("takes its font from PAYMENT_NOTICE_FONT and PAYMENT_NOTICE_FONT_FACE", () => {
    expect(noticeFontFromEnv({})).toEqual({
      path: "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
      face: "NotoSansCJKsc-Regular",
    })
    expect(noticeFontFromEnv({ PAYMENT_NOTICE_FONT: "/fonts/simsun.ttf" })).toEqual({
      path: "/fonts/simsun.ttf",
      face: undefined,
    })
    expect(
      noticeFontFromEnv({ PAYMENT_NOTICE_FONT: "/f/a.ttc", PAYMENT_NOTICE_FONT_FACE: "X-Regular" })
    ).toEqual({ path: "/f/a.ttc", face: "X-Regular" })
  })

  it("writes a file pdf.js opens again", async () => {
    const dir = scratchDir("notice-")
    const file = join(dir, "payment-notice.pdf")
    writeFileSync(file, await renderPaymentNotice(notice()))
    expect(
      (await pdfPages(await import("node:fs").then((fs) => fs.readFileSync(file)))).length
    ).toBe(1)
  })
})
