/**
 * The bulk-order template (批量下单模板.xlsx): 订单明细 (the headers only: no
 * example row, so nothing is ordered by accident; examples are in the
 * instructions), 填写说明 (every column, the limits, one-address mode,
 * pre-sale, how errors come back) and 商品清单 (what the unit can order, at
 * its prices today).
 */
import { loadExcel } from "../../../../../../utils/heavy-libraries"
import {
  BULK_ROW_COLUMNS,
  BULK_ROW_HEADERS,
  type BulkRowColumn,
} from "../../../../../../types/http/bulk-order"
import { BULK_LIMITS, BULK_MAX_QUANTITY, BULK_MAX_ROWS } from "../../../../../../shared/bulk-rows"
import { BULK_SHEET_NAME } from "../../../../../../workflows/bulk-order/validate"

export type TemplateProduct = {
  sku: string
  product: string
  variant: string
  net_weight_jin: string | null
  partner: string
  town: string
  unit_price: string
  next_tier: string | null
  stock: string
  ships_from: string | null
}

const COLUMN_HELP: Record<BulkRowColumn, [required: string, format: string, example: string]> = {
  recipient: ["必填", `收货人姓名，最多 ${BULK_LIMITS.recipient} 个字`, "张三"],
  mobile: ["必填", "11 位手机号，半角数字，不要空格、横线或 +86", "13800138000"],
  province: ["必填", "省级行政区全称或常用简称（广东省 / 广东）", "广东省"],
  city: ["必填", "地级市全称或简称；直辖市填市名（北京市）", "梅州市"],
  district: ["必填", "区/县全称或简称，须属于上一列的城市", "梅县区"],
  address: [
    "必填",
    `街道、门牌号等，最多 ${BULK_LIMITS.address} 个字`,
    "新城办事处华侨城一路 8 号",
  ],
  sku: ["必填", "从「商品清单」复制商品编码", "MX-POMELO-RED-5J"],
  quantity: ["必填", `整数 1–${BULK_MAX_QUANTITY}，只填数字，不要带单位`, "2"],
  note: ["选填", `给农场的备注，最多 ${BULK_LIMITS.note} 个字`, "工会慰问品"],
}

const NOTES = [
  `每行是一位收货人的一个商品；同一收货人要多个商品请写多行，同一商品请合并数量（相同收货人、手机号、地址和商品重复出现会报错）。`,
  `每个文件最多 ${BULK_MAX_ROWS} 行，文件不超过 5 MB；支持 .xlsx 和 .csv（UTF-8 或 GBK 编码）。`,
  `只读取名为「${BULK_SHEET_NAME}」的工作表（没有时读第一个可见的工作表），隐藏的工作表不会读取；隐藏的行会报错，请取消隐藏或删除。`,
  "单元格请填数值，不要用公式，不要合并单元格。",
  "统一收货地址：在网页上填写统一收货地址时，整单寄到同一地址，表格只填商品编码、数量和备注，收货人等列留空。",
  "预售商品：「商品清单」中标有预计发货日的商品在该日起发货，订单预览中会显示。",
  "单价按贵单位的价格和整单同一商品的总数量计算（达到阶梯数量享受阶梯价）；运费按每位收货人的包裹重量计算，超过 50 公斤走物流专线。",
  "上传后会逐行检查并一次列出所有错误（第几行、哪一列、错在哪里），也可以下载标注了「错误」列的文件，改好后重新上传。所有行都正确前不会生成任何订单。",
]

const bold = { bold: true }

export async function templateWorkbook(products: TemplateProduct[]): Promise<Buffer> {
  const workbook = new (await loadExcel()).Workbook()
  const rows = workbook.addWorksheet(BULK_SHEET_NAME, { views: [{ state: "frozen", ySplit: 1 }] })
  rows.columns = BULK_ROW_COLUMNS.map((k) => ({
    header: BULK_ROW_HEADERS[k],
    key: k,
    width: k === "address" ? 36 : k === "sku" ? 24 : 14,
    // text cells: long mobiles and codes stay as typed
    style: k === "quantity" ? {} : { numFmt: "@" },
  }))
  rows.getRow(1).font = bold

  const help = workbook.addWorksheet("填写说明")
  help.columns = [
    { header: "列", width: 12 },
    { header: "是否必填", width: 10 },
    { header: "格式", width: 50 },
    { header: "示例", width: 28 },
  ]
  help.getRow(1).font = bold
  for (const k of BULK_ROW_COLUMNS) help.addRow([BULK_ROW_HEADERS[k], ...COLUMN_HELP[k]])
  help.addRow([])
  help.addRow(["说明"]).font = bold
  for (const note of NOTES) help.addRow([note])

  const list = workbook.addWorksheet("商品清单")
  list.columns = [
    { header: "商品编码", key: "sku", width: 24 },
    { header: "商品", key: "product", width: 20 },
    { header: "规格", key: "variant", width: 14 },
    { header: "净重（斤）", key: "net_weight_jin", width: 10 },
    { header: "农场/合作社", key: "partner", width: 22 },
    { header: "镇", key: "town", width: 10 },
    { header: "单价（元）", key: "unit_price", width: 10 },
    { header: "阶梯价", key: "next_tier", width: 18 },
    { header: "库存", key: "stock", width: 12 },
    { header: "预计发货日", key: "ships_from", width: 12 },
  ]
  list.getRow(1).font = bold
  for (const p of products) list.addRow(p)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
