/**
 * 汇款认领 from a bank statement over HTTP: a CSV or XLSX export (a bank's
 * preamble, 借方/贷方 columns, 摘要/附言, 流水号) is read whole, each credit
 * recorded and matched as by hand; a 流水号 repeated in the file or already
 * recorded is applied once; a bad file answers its problems per row in
 * Chinese and records nothing.
 */
import type ExcelJS from "exceljs"
import { shopSuite } from "../../fixtures/http"
import { placeTransferOrder, WITHOUT_STRIPE, fen, yuan } from "../../fixtures/bank-transfer"
import {
  chinaToday,
  importStatement,
  paidState,
  statementCsv,
  statementXlsx,
} from "../../fixtures/remittances"

shopSuite({ env: WITHOUT_STRIPE }, ({ api, getContainer, admin, store }) => {
  const transferOrder = () => placeTransferOrder(api, getContainer(), store, admin)
  const count = async () => (await api.get("/admin/remittances", admin)).data.count

  it("imports a CSV statement: credits matched, debits and totals skipped, a repeated serial applied once", async () => {
    const one = await transferOrder()
    const two = await transferOrder()
    const amountOf = (o: any) => yuan(fen(o.order.total))
    const csv = statementCsv([
      [
        chinaToday(),
        "李明",
        "6222020012345678",
        "",
        amountOf(one),
        `货款 ${one.payment.data.reference}`,
        "SN-0001",
      ],
      [chinaToday(), "电费代扣", "", "300.00", "", "电费", "SN-0002"],
      [
        chinaToday(),
        "广州某某贸易有限公司",
        "",
        "",
        amountOf(two),
        two.payment.data.reference.toLowerCase(),
        "SN-0003",
      ],
      [
        chinaToday(),
        "李明",
        "6222020012345678",
        "",
        amountOf(one),
        `货款 ${one.payment.data.reference}`,
        "SN-0001",
      ],
      [chinaToday(), "某单位", "", "", "1,000.00", "无附言", "SN-0004"],
      ["合计", "", "", "300.00", "9999.00", "", ""],
    ])
    const { status, data } = await importStatement(api, admin, `\uFEFF${csv}`, "流水.csv")
    expect(status, JSON.stringify(data)).toBe(200)
    expect(data.import_id).toMatch(/^rimp_/)
    expect(data.rows.map((r: any) => [r.row, r.result, r.remittance?.status ?? null])).toEqual([
      [2, "recorded", "matched"],
      [3, "skipped", null],
      [4, "recorded", "name_mismatch"],
      [5, "duplicate", "matched"],
      [6, "recorded", "unmatched"],
      [7, "skipped", null],
    ])
    expect(data.rows[3].message).toBe("流水号 SN-0001 与第 2 行重复，只入账一次")
    expect(data.summary).toEqual({
      rows: 6,
      recorded: 3,
      duplicates: 1,
      skipped: 2,
      failed: 0,
      by_status: { matched: 1, underpaid: 0, overpaid: 0, name_mismatch: 1, unmatched: 1 },
    })
    expect(data.rows[0].remittance).toMatchObject({
      source: "import",
      import_id: data.import_id,
      import_row: 2,
      payer_account: "6222020012345678",
      bank_serial: "SN-0001",
    })
    expect(await paidState(api, admin, one.order.id)).toMatchObject({
      payment_status: "captured",
      receipts: [{ amount: amountOf(one) }],
    })
    expect((await paidState(api, admin, two.order.id)).payment_status).toBe("authorized")
    const batch = (await api.get(`/admin/remittances?import_id=${data.import_id}`, admin)).data
    expect(batch.count).toBe(3)

    // the same statement again: every serial already recorded, nothing applied
    const again = (await importStatement(api, admin, csv, "流水.csv")).data
    expect(again.summary).toMatchObject({ recorded: 0, duplicates: 4, skipped: 2 })
    expect(again.rows[0].message).toBe("流水号 SN-0001 已登记，不重复入账")
    expect((await paidState(api, admin, one.order.id)).receipts).toHaveLength(1)
    expect(await count()).toBe(3)
  })

  it("imports an XLSX statement (dates, numbers, a hidden sheet) and answers a serial recorded by hand as a duplicate", async () => {
    const { order, payment } = await transferOrder()
    await api.post(
      "/admin/remittances",
      { amount: "1.00", payer_name: "甲", paid_at: chinaToday(), remark: "", bank_serial: "X-1" },
      admin
    )
    const day = new Date(`${chinaToday()}T00:00:00Z`)
    const xlsx = await statementXlsx(
      [
        [day, "李明", "", "", Number(order.total), `MX ${payment.data.reference.slice(2)}`, "X-2"],
        [day, "甲", "", "", 1, "", "X-1"],
      ],
      { hiddenFirst: true }
    )
    const { status, data } = await importStatement(api, admin, xlsx, "statement.xlsx")
    expect(status, JSON.stringify(data)).toBe(200)
    expect(data.rows.map((r: any) => [r.row, r.result])).toEqual([
      [3, "recorded"],
      [4, "duplicate"],
    ])
    expect(data.rows[0].remittance).toMatchObject({ status: "matched", paid_on: chinaToday() })
    expect((await paidState(api, admin, order.id)).payment_status).toBe("captured")
  })

  it("refuses bad files with Chinese reasons per row, never a 500, and records nothing", async () => {
    const refused = async (body: Buffer | string, name: string, pattern: RegExp) => {
      const { status, data } = await importStatement(api, admin, body, name)
      expect(status, `${name}: ${JSON.stringify(data).slice(0, 300)}`).toBe(400)
      expect(data.errors.map((e: any) => e.message).join("\n")).toMatch(pattern)
      return data
    }
    await refused("", "empty.csv", /文件为空/)
    await refused(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), "photo.png", /文件类型不支持/)
    await refused(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2]), "old.xls", /\.xls/)
    await refused(Buffer.from("PK\u0003\u0004broken"), "broken.xlsx", /无法读取/)
    await refused("姓名,电话\n张三,138", "people.csv", /未找到表头/)
    const many = statementCsv(
      Array.from({ length: 10_001 }, (_, i) => [chinaToday(), "甲", "", "", "1.00", "", `M${i}`])
    )
    await refused(many, "big.csv", /超过上限 10000 行/)
    const formula = await statementXlsx([
      [
        chinaToday(),
        "甲",
        "",
        "",
        { formula: "1+1", result: 2 } as ExcelJS.CellFormulaValue,
        "",
        "F1",
      ],
    ])
    await refused(formula, "formula.xlsx", /第 3 行：含有公式/)
    await refused(statementCsv([[chinaToday(), "甲", "", "", "=1+1", "", "F2"]]), "f.csv", /公式/)

    // every bad row at once; the good rows around them are not recorded either
    const data = await refused(
      statementCsv([
        [chinaToday(), "甲", "", "", "１,２８０.５０", "全角数字与千分位可读", "G1"],
        ["2026-02-30", "乙", "", "", "10.00", "", "G2"],
        [chinaToday(), "", "", "", "12.345", "", "G3"],
        ["2999-01-01", "丁", "", "", "¥abc", "", "G4"],
      ]),
      "rows.csv",
      /第 3 行「交易日期」/
    )
    expect(data.errors.map((e: any) => [e.row, e.field])).toEqual([
      [3, "date"],
      [4, "amount"],
      [4, "payer_name"],
      [5, "amount"],
      [5, "date"],
    ])
    expect(data.message).toMatch(/未导入任何记录/)
    // no file at all
    const none = await api.post(
      "/admin/remittances/import",
      {},
      { ...admin, validateStatus: () => true }
    )
    expect(none.status).toBe(400)
    expect(none.data.errors[0].message).toMatch(/请上传/)
    expect(await count()).toBe(0)
  })
})
