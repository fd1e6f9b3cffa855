/** Messages of the order page's 单位采购信息 widget; merged into zh-CN.ts. */
const unitOrder = {
  title: "单位采购信息",
  description: "买家下单时填写的采购单号和备注",
  poNumber: "采购单号",
  note: "订单备注",
}

export default unitOrder
