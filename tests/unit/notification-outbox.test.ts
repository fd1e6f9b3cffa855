import { describe, expect, it } from "vitest"
import OutboxNotificationService, {
  maskRecipient,
  maskSecrets,
} from "../../backend/src/modules/notification-outbox/service"
import { renderMessage } from "../../backend/src/modules/notification-outbox/templates"

function outbox() {
  const lines: string[] = []
  const logger = { info: (line: string) => lines.push(line) } as any
  return { service: new OutboxNotificationService({ logger }, {}), lines }
}

describe("notification outbox (SMS and e-mail stand-in)", () => {
  it("renders the template and logs the message with the recipient and any 6-digit code masked", async () => {
    const { service, lines } = outbox()
    const result = await service.send({
      to: "13800138000",
      channel: "sms",
      template: "plain-text",
      data: { text: "验证码 123456" },
    } as any)
    expect(result.id).toMatch(/^outbox_/)
    expect(lines[0]).toContain("*******8000")
    expect(lines[0]).toContain("【梅县消费帮扶商城】验证码 ******")
    expect(lines[0]).not.toContain("123456")
  })

  it("refuses what a gateway would refuse: a mobile that is not a mainland number, an e-mail without an address, an unknown template", async () => {
    const { service } = outbox()
    await expect(
      service.send({ to: "12345", channel: "sms", template: "plain-text", data: {} } as any)
    ).rejects.toThrow(/mobile/)
    await expect(
      service.send({ to: "nobody", channel: "email", template: "plain-text", data: {} } as any)
    ).rejects.toThrow(/address/)
    await expect(
      service.send({
        to: "a@b.cn",
        channel: "email",
        template: "no-such-template",
        data: {},
      } as any)
    ).rejects.toThrow(/template/)
  })

  it("never logs a password-reset link's token or e-mail", async () => {
    const { service, lines } = outbox()
    const token = "eyJhbGciOiJIUzI1NiJ9.eyJlbnRpdHlfaWQiOiJhQGIuY24ifQ.c2lnbmF0dXJl_-x"
    const url = `https://shop.example.cn/account/reset-password?token=${token}&email=buyer%40example.cn`
    await service.send({
      to: "buyer@example.cn",
      channel: "email",
      template: "password-reset",
      data: { url, minutes: 15, actor_type: "customer" },
    } as any)
    expect(lines[0]).toContain("https://shop.example.cn/account/reset-password?token=***&email=***")
    expect(lines[0]).toContain("15 分钟内")
    expect(lines[0]).not.toContain("eyJ")
    expect(lines[0]).not.toContain("buyer%40")
    // a token anywhere in a text, and a link's token in any order of parameters
    expect(maskSecrets(`令牌 ${token} 结束`)).toBe("令牌 *** 结束")
    expect(maskSecrets("https://x.cn/a?email=a%40b.cn&TOKEN=abc.def")).toBe(
      "https://x.cn/a?email=***&TOKEN=***"
    )
  })

  it("masks recipients", () => {
    expect(maskRecipient("buyer@example.cn")).toBe("b***@example.cn")
    expect(maskRecipient("13800138000")).toBe("*******8000")
    expect(renderMessage("plain-text", { text: "你好" }).text).toBe("【梅县消费帮扶商城】你好")
  })
})
