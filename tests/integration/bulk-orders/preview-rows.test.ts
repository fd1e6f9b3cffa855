/**
 * POST /store/units/me/bulk-orders/preview: a 500-row file with exactly 20
 * bad rows of different kinds reports exactly those 20 (row and field) and
 * writes nothing; a draft product's SKU and a quantity over stock are row
 * errors; the error file carries each row's messages; the template downloads
 * with its three sheets; who may ask.
 */
import ExcelJS from "exceljs"
import { shopSuite } from "../../fixtures/http"
import { units } from "../../fixtures/units"
import {
  availableBySku,
  bulkRow,
  bulkXlsx,
  type BulkCells,
  bulkRowObject,
  uploadBulk,
  writtenCounts,
} from "../../fixtures/bulk-orders"

const PREVIEW = "/store/units/me/bulk-orders/preview"
const STOCKED = [
  "MX-POMELO-GOLD-10J",
  "SJ-RICE-SIMIAO-10J",
  "SJ-RICE-SIMIAO-5J",
  "MX-POMELO-GOLD-5J",
]
const DRAFT_SKU = "MX-POMELO-WHITE-5J"
const SOLD_OUT = "MX-POMELO-RED-10J"

shopSuite((suite) => {
  const { api, store, admin, getContainer } = suite
  const { unitWithMembers, storeCall, customer } = units(suite)

  it("a 500-row file with 20 bad rows reports exactly those 20, by row and field, and writes nothing", async () => {
    const unit = await unitWithMembers(80)
    const available = await availableBySku(getContainer(), STOCKED)
    for (const sku of STOCKED) expect(available[sku], sku).toBeGreaterThan(130)
    // a product taken back to draft: its SKU cannot be ordered
    const { data: found } = await api.get(`/admin/products?q=白肉蜜柚&fields=id`, admin)
    await api.post(`/admin/products/${found.products[0].id}`, { status: "draft" }, admin)

    const rows: BulkCells[] = Array.from({ length: 500 }, (_, i) => bulkRow(i + 1, STOCKED[i % 4]))
    const bad: [number, BulkCells, string | null][] = []
    const spoil = (index: number, field: string | null, change: (r: BulkCells) => void) => {
      const row = [...rows[index]]
      change(row)
      rows[index] = row
      bad.push([index + 2, row, field])
    }
    spoil(3, "recipient", (r) => (r[0] = ""))
    spoil(20, "recipient", (r) => (r[0] = "张".repeat(31)))
    spoil(41, "mobile", (r) => (r[1] = "139 0000 0042"))
    spoil(62, "mobile", (r) => (r[1] = "１３９００００００６３"))
    spoil(83, "mobile", (r) => (r[1] = "12345"))
    spoil(104, "mobile", (r) => (r[1] = "+86 13900000105"))
    spoil(125, "province", (r) => (r[2] = "火星省"))
    spoil(146, "city", (r) => (r[3] = "杭州市"))
    spoil(167, "district", (r) => (r[4] = "天河区"))
    spoil(188, "address", (r) => (r[5] = ""))
    spoil(209, "address", (r) => (r[5] = "华".repeat(121)))
    spoil(230, "sku", (r) => (r[6] = "NO-SUCH-SKU"))
    spoil(251, "sku", (r) => (r[6] = DRAFT_SKU))
    spoil(272, "quantity", (r) => (r[7] = "10箱"))
    spoil(293, "quantity", (r) => (r[7] = "1.5"))
    spoil(314, "quantity", (r) => (r[7] = 0))
    spoil(335, "quantity", (r) => (r[7] = "-2"))
    spoil(356, "quantity", (r) => (r[7] = "10000"))
    spoil(377, "quantity", (r) => (r[6] = SOLD_OUT))
    // a duplicate of row 2 (person 1, same SKU): the later row, naming the earlier
    spoil(398, null, (r) => r.splice(0, 9, ...rows[0]))
    const before = await writtenCounts(getContainer())

    const { status, data } = await uploadBulk(api, store, unit.buyer, PREVIEW, await bulkXlsx(rows))
    expect(status, JSON.stringify(data).slice(0, 500)).toBe(200)
    expect(data.valid).toBe(false)
    expect(data.errors.map((e: any) => [e.row, e.field])).toEqual(
      bad.map(([row, , field]) => [row, field]).sort((a, b) => (a[0] as number) - (b[0] as number))
    )
    for (const e of data.errors) expect(e.message).toMatch(/[\u4e00-\u9fa5]/)
    expect(data.errors.find((e: any) => e.row === 400).message).toMatch(/与第 2 行重复/)
    expect(data.errors.find((e: any) => e.row === 253).message).toMatch(/草稿/)
    expect(data.errors.find((e: any) => e.row === 379).message).toMatch(/售罄/)
    expect(data.errors.find((e: any) => e.row === 43).message).toMatch(/空格或横线/)
    expect(data.rows).toHaveLength(480)
    expect(data.totals.parcels).toBe(480)
    expect(data.totals.quantity).toBe(480)
    const sum = data.rows.reduce(
      (s: number, r: any) => s + Math.round(Number(r.line_total) * 100),
      0
    )
    expect(Math.round(Number(data.totals.item_total) * 100)).toBe(sum)
    expect(data.totals.by_product.map((p: any) => p.sku).sort()).toEqual([...STOCKED].sort())
    expect(await writtenCounts(getContainer())).toEqual(before)

    // the error file: the same file with a 错误 column holding those rows' messages
    const file = await uploadBulk(
      api,
      store,
      unit.buyer,
      "/store/units/me/bulk-orders/error-file",
      await bulkXlsx(rows)
    )
    expect(file.status).toBe(200)
    expect(file.headers["content-disposition"]).toContain("filename*=UTF-8''")
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(file.data)
    const sheet = workbook.getWorksheet("订单明细")!
    expect(sheet.getCell(1, 10).value).toBe("错误")
    expect(String(sheet.getCell(43, 10).value)).toMatch(/空格或横线/)
    expect(sheet.getCell(44, 10).value).toBeNull()
    expect(await writtenCounts(getContainer())).toEqual(before)
  })

  it("a quantity over the stock is reported on the rows that push the sum over", async () => {
    const unit = await unitWithMembers(81)
    const sku = "MX-POMELO-RED-5J"
    const free = (await availableBySku(getContainer(), [sku]))[sku]
    const rows = [
      { ...bulkRowObject(bulkRow(1, sku, free)) },
      { ...bulkRowObject(bulkRow(2, sku, 1)) },
      { ...bulkRowObject(bulkRow(3, sku, 1)) },
    ]
    const { status, data } = await storeCall("POST", PREVIEW, unit.buyer, { rows })
    expect(status).toBe(200)
    expect(data.errors.map((e: any) => [e.row, e.field])).toEqual([
      [3, "quantity"],
      [4, "quantity"],
    ])
    expect(data.errors[0].message).toMatch(new RegExp(`可售库存 ${free} 件`))
  })

  it("one delivery address: checked once (row 1), the rows carry only SKU and quantity", async () => {
    const unit = await unitWithMembers(82)
    const delivery = {
      recipient: "食堂 王师傅",
      mobile: "139 0000 0001",
      province: "广东",
      city: "梅州",
      district: "梅县",
      address: "新城办事处行政中心食堂",
    }
    const rows = [
      { sku: "SJ-RICE-SIMIAO-10J", quantity: 3 },
      { sku: "MX-POMELO-GOLD-10J", quantity: 2 },
    ]
    const refused = await storeCall("POST", PREVIEW, unit.buyer, { rows, delivery })
    expect(refused.data.errors).toMatchObject([{ row: 1, field: "mobile" }])
    const ok = await storeCall("POST", PREVIEW, unit.buyer, {
      rows,
      delivery: { ...delivery, mobile: "13900000001" },
    })
    expect(ok.data.errors).toEqual([])
    expect(ok.data.valid).toBe(true)
    expect(ok.data.totals.parcels).toBe(1)
    expect(ok.data.rows[0]).toMatchObject({
      province: "广东省",
      district: "梅县区",
      ships_from: null,
    })
  })

  it("who may: 采购员 and 管理员 of a verified unit; 财务 403, pending 403, no unit 404, nobody 401", async () => {
    const unit = await unitWithMembers(83)
    const pending = await unitWithMembers(84, { verify: false })
    const stranger = await customer("stranger-bulk@unit-test.example.cn")
    const body = { rows: [bulkRowObject(bulkRow(1, "SJ-RICE-SIMIAO-10J"))] }
    expect((await storeCall("POST", PREVIEW, unit.buyer, body)).status).toBe(200)
    expect((await storeCall("POST", PREVIEW, unit.admin, body)).status).toBe(200)
    expect((await storeCall("POST", PREVIEW, unit.finance, body)).status).toBe(403)
    const refused = await storeCall("POST", PREVIEW, pending.buyer, body)
    expect(refused.status).toBe(403)
    expect(refused.data.message).toMatch(/尚未通过认证/)
    expect((await storeCall("POST", PREVIEW, stranger, body)).status).toBe(404)
    expect((await storeCall("POST", PREVIEW, undefined, body)).status).toBe(401)
    // a bad body is a 400 in Chinese, never a 500
    const wrong = await storeCall("POST", PREVIEW, unit.buyer, { rows: "x" })
    expect(wrong.status).toBe(400)
  })

  it("the template downloads with 订单明细 (headers only), 填写说明 and 商品清单", async () => {
    const unit = await unitWithMembers(85)
    const r = await api.get("/store/units/me/bulk-orders/template", {
      headers: { ...store.headers, ...unit.buyer.headers },
      responseType: "arraybuffer",
    })
    expect(r.headers["content-disposition"]).toContain(
      `filename*=UTF-8''${encodeURIComponent("批量下单模板.xlsx")}`
    )
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(r.data)
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["订单明细", "填写说明", "商品清单"])
    const rows = workbook.getWorksheet("订单明细")!
    expect(rows.getRow(1).values).toEqual([
      undefined,
      "收货人",
      "手机号",
      "省",
      "市",
      "区/县",
      "详细地址",
      "商品编码",
      "数量",
      "备注",
    ])
    expect(rows.actualRowCount).toBe(1)
    const list = workbook.getWorksheet("商品清单")!
    const skus = list.getColumn(1).values.slice(2)
    expect(skus).toContain("MX-POMELO-GOLD-10J")
    expect(
      (await storeCall("GET", "/store/units/me/bulk-orders/template", unit.finance)).status
    ).toBe(403)
  })
})
