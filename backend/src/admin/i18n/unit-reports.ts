/** Messages of the 帮扶额度 page (units' yearly quotas, statements issue and reprint); merged into zh-CN.ts. */
const unitReport = {
  listTitle: "帮扶额度与对账单",
  listSubtitle:
    "各已认证单位本年度的帮扶采购目标与完成情况（取自帮扶归属台账：已付款、扣除退款），开具和重印对账单",
  year: "年度",
  empty: "还没有已认证的单位。",
  notSet: "未设定",
  perMember: "{{perMember}} × {{headcount}} 人",
  columns: {
    unit: "单位",
    target: "年度目标",
    total: "已完成",
    percent: "达成率",
  },
  statements: "对账单",
  drawer: {
    title: "对账单：{{unit}}",
    description:
      "按北京时间的日期开具，最长五年。金额取自帮扶归属台账，精确到分；每份对账单带验证码和二维码，任何人可在商城的 /verify 页面核验。",
    from: "开始日期",
    to: "结束日期",
    issue: "开具对账单",
    issued: "已开具，验证码 {{code}}",
    list: "已开具的对账单",
    none: "还没有开具过对账单。",
    period: "{{from}} 至 {{to}}",
    current: "有效",
    changed: "已变更（开具后账目有变动）",
    byUnit: "单位开具",
    bySupport: "客服开具",
    pdf: "PDF",
    xlsx: "Excel",
  },
}

export default unitReport
