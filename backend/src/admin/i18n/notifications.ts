/** Messages of the 消息通知 page; merged into zh-CN.ts. */
const notifications = {
  title: "消息通知",
  subtitle:
    "发给买家和单位的短信与邮件；发送失败的会自动重试，也可手动重试。号码、验证码和链接均已隐藏",
  empty: "没有符合条件的消息",
  filters: { failure: "发送失败", success: "已发送", all: "全部" },
  channels: { sms: "短信", email: "邮件", all: "全部渠道" },
  status: { success: "已发送", failure: "发送失败", pending: "发送中" },
  columns: {
    createdAt: "时间",
    channel: "渠道",
    to: "收件人",
    content: "内容",
    status: "状态",
    attempts: "尝试次数",
    error: "失败原因",
    actions: "操作",
  },
  nextAttempt: "下次自动重试 {{at}}",
  noMoreAttempts: "已停止自动重试",
  retry: "重试",
  retrying: "重试中…",
  outcome: {
    sent: "已重新发送",
    failed: "仍然发送失败",
    already_sent: "此前已发送成功",
  },
  retryFailed: "重试失败",
  order: "订单",
}

export default notifications
