/**
 * The Chinese payment stand-ins of the browser tests' shop (browser-shop.ts):
 * 微信支付 and 支付宝 (tests/fixtures/wechatpay, tests/fixtures/alipay), and
 * the control address over which a browser file, in another process, plays
 * WeChat Pay's payer.
 */
import http from "node:http"
import type { AddressInfo } from "node:net"
import { startAlipayStandIn } from "../fixtures/alipay"
import { startWechatPayStandIn } from "../fixtures/wechatpay"
import { serveBridgeControl } from "../fixtures/wechatpay/bridge"

/**
 * The WeChat Pay and Alipay stand-ins, and the control address through which a
 * browser file (another process) plays WeChat Pay's payer (`POST /pay/<out_trade_no>`)
 * and lets an order's time run out (`POST /expire/<out_trade_no>`).
 */
export async function startChinesePayments() {
  const wechatpay = await startWechatPayStandIn()
  const alipay = await startAlipayStandIn()
  const server = http.createServer((req, res) => {
    // JSAPI: the fake WeixinJSBridge of a browser file hands WeChat's sheet its parameters
    if (serveBridgeControl(wechatpay, req, res)) return
    const [, action, no] = /^\/(pay|expire)\/([^/]+)$/.exec(req.url ?? "") ?? []
    if (req.method !== "POST" || !action) return res.writeHead(404).end()
    const outTradeNo = decodeURIComponent(no)
    if (action === "expire") {
      // its time_expire passes: WeChat Pay closes the unpaid order
      const order = wechatpay.state.orders.get(outTradeNo)
      if (!order) return res.writeHead(404).end()
      order.time_expire = new Date(Date.now() - 1000).toISOString()
      return res.writeHead(204).end()
    }
    wechatpay.pay(outTradeNo).then(
      (delivery) =>
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(delivery)),
      (error) => res.writeHead(409).end(String(error))
    )
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const wechatPayer = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
  return { wechatpay, wechatPayer, alipay }
}
