/**
 * The browser shop's e-mail and SMS stand-ins (tests/fixtures/smtp.ts and
 * tests/fixtures/sms/tencent.ts), started in the process that starts the shop,
 * with every shop SMS template registered under an id of its own as a
 * merchant does (docs/notifications.md). `env` configures the shop's SMTP and
 * Tencent Cloud SMS providers exactly as the integration tests do. A browser
 * file (another process) reads what they received over a small control
 * address:
 * - `GET <url>/sms?phone=<mobile>&template=<shop template>`: `{ sms: SentSms[] }`
 * - `GET <url>/mails?to=<address>`: `{ mails: ReceivedMail[] }`
 */
import http from "node:http"
import type { AddressInfo } from "node:net"
import { SMS_TEMPLATES } from "../../backend/src/modules/notification-outbox/sms-templates"
import { startTencentSmsStandIn } from "../fixtures/sms/tencent"
import { startSmtpStandIn } from "../fixtures/smtp"

export async function startMessageStandIns() {
  const ids: Record<string, string> = Object.fromEntries(
    Object.keys(SMS_TEMPLATES).map((name, i) => [name, String(2051000 + i)])
  )
  const sms = await startTencentSmsStandIn({
    templates: Object.fromEntries(
      Object.entries(SMS_TEMPLATES).map(([name, template]) => [ids[name], template.body])
    ),
  })
  const smtp = await startSmtpStandIn()
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://stand-in")
    const json = (body: unknown) =>
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body))
    if (req.method === "GET" && url.pathname === "/sms") {
      const phone = url.searchParams.get("phone")
      const template = url.searchParams.get("template")
      return json({
        sms: sms.sent.filter(
          (s) => (!phone || s.phone === phone) && (!template || s.template_id === ids[template])
        ),
      })
    }
    if (req.method === "GET" && url.pathname === "/mails") {
      const to = url.searchParams.get("to")
      return json({ mails: smtp.mails.filter((m) => !to || m.to.includes(to)) })
    }
    res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    env: {
      SMTP_HOST: smtp.host,
      SMTP_PORT: String(smtp.port),
      SMTP_SECURE: "false",
      SMTP_USER: smtp.user,
      SMTP_PASSWORD: smtp.password,
      SMTP_FROM: smtp.from,
      SMS_PROVIDER: "tencent",
      SMS_SECRET_ID: sms.secretId,
      SMS_SECRET_KEY: sms.secretKey,
      SMS_APP_ID: sms.appId,
      SMS_SIGN_NAME: sms.signName,
      SMS_TEMPLATE_IDS: JSON.stringify(ids),
      SMS_API_BASE: sms.url,
    },
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await sms.close()
      await smtp.close()
    },
  }
}
