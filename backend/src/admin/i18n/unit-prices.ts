/** Messages of the 单位价格 page (list and tier drawer); merged into zh-CN.ts. */
const unitPrice = {
  listTitle: "单位价格",
  listSubtitle: "已认证单位成员专享的阶梯价：按购买数量分档，结算时自动生效",
  open: "单位价格",
  searchPlaceholder: "搜索商品名称",
  empty: "没有找到商品。",
  notSet: "未设置",
  noRetail: "无零售价",
  tierRange: "{{min}}–{{max}} {{price}}",
  tierFrom: "{{min}} 起 {{price}}",
  tierSeparator: " · ",
  columns: {
    product: "商品",
    variant: "规格",
    sku: "SKU",
    retail: "零售价",
    tiers: "单位价（起订数量 单价）",
  },
  edit: "设置",
  drawer: {
    title: "单位价：{{product}}",
    description:
      "规格「{{variant}}」，零售价 {{retail}}。每档从起订数量起按该单价计，到下一档前结束；起订数量逐档递增，单价逐档递减，最多 {{max}} 档。",
    minQuantity: "起订数量（箱）",
    amount: "单价（元/箱）",
    tierLabel: "第 {{n}} 档",
    addTier: "添加一档",
    removeTier: "删除这一档",
    noTiers: "还没有价格档。添加一档，或直接保存以不设单位价。",
    confirmAboveRetail: "确认：{{amounts}} 高于零售价 {{retail}}，仍按此设置",
    aboveRetailRequired: "有价格档高于零售价，请勾选确认",
    submit: "保存",
    saved: "已保存「{{variant}}」的单位价",
    failed: "单位价未保存",
    clear: "清除全部单位价",
    clearTitle: "清除「{{variant}}」的全部单位价？",
    clearText: "清除后已认证单位成员按零售价购买这个规格。",
    cleared: "已清除「{{variant}}」的单位价",
    minQuantityInvalid: "起订数量应为整数",
  },
}

export default unitPrice
