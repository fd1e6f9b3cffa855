/**
 * The browser shop's e-mail and SMS stand-ins
 * (tests/fixtures/delivery-stand-ins.ts), started in the process that starts
 * the shop; `env` configures the shop's SMTP and Tencent Cloud SMS providers
 * exactly as the integration tests do. A browser file (another process) reads
 * what they received over a small control address:
 * - `GET <url>/sms?phone=<mobile>&template=<shop template>`: `{ sms: SentSms[] }`
 * - `GET <url>/mails?to=<address>`: `{ mails: ReceivedMail[] }`
 */
import http from "node:http"
import type { AddressInfo } from "node:net"
import { SMS_TEMPLATES } from "../../backend/src/modules/notification-outbox/sms-templates"
import { startSmtpAndSms } from "../fixtures/delivery-stand-ins"

export async function startMessageStandIns() {
  const { sms, smtp, ids, env } = await startSmtpAndSms(SMS_TEMPLATES)
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
    env,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await sms.close()
      await smtp.close()
    },
  }
}
