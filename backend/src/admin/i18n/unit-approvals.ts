/** Messages of the 单位审批 page (every unit's approval requests); merged into zh-CN.ts. */
const unitApproval = {
  listTitle: "单位审批",
  listSubtitle:
    "各单位超过审批标准的订单和批量订单：由单位的审批人或管理员在商城的单位页面审批，批准后由系统下单",
  empty: "还没有审批申请。",
  status: { pending: "待审批", placed: "已批准并下单", rejected: "已驳回", withdrawn: "已撤回" },
  kind: { cart: "订单", bulk_order: "批量订单", quote: "询价" },
  reasons: { order_over: "单笔超标", month_over: "月度累计超标" },
  filters: { status: "状态", allStatuses: "全部状态", unit: "单位", allUnits: "全部单位" },
  columns: {
    requestedAt: "申请时间",
    unit: "单位",
    kind: "类型",
    amount: "金额",
    reasons: "原因",
    recipients: "收货人",
    status: "状态",
    decision: "审批结果",
  },
  recipientsMore: "{{first}} 等 {{count}} 人",
  rejectedBecause: "驳回：{{reason}}",
  withdrawnBecause: "撤回：{{reason}}",
  placedOrders: "{{count}} 个订单",
}

export default unitApproval
