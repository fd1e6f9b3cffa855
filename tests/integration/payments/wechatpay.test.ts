/**
 * 微信支付 through the shop's WeChat Pay provider (API v3), against the local
 * WeChat Pay stand-in (tests/fixtures/wechatpay), on one app: the shop set up
 * the same way for each part, each part starting from a fresh stand-in
 * (`reset`) and, as every test does, from the seeded database.
 * - wechatpay/checkout.ts: sessions for Native, H5 and JSAPI, notifications
 *   verified before anything is captured, the order query when one is lost;
 * - wechatpay/refunds.ts: refunds in fen and the ledger's reversal, money
 *   for a closed session or a cancelled order sent back, the trade bill;
 * - wechatpay/reconciliation.ts: 支付对账 of a day's bill with the captures.
 */
import { shopParts, shopSuite } from "../../fixtures/http"
import { startWechatPayStandIn } from "../../fixtures/wechatpay"
import { wechatpayCheckoutTests } from "./wechatpay/checkout"
import { paymentReconciliationTests } from "./wechatpay/reconciliation"
import { wechatpayRefundTests } from "./wechatpay/refunds"

const standIn = await startWechatPayStandIn()
afterAll(async () => {
  await standIn.close()
})

shopSuite({ env: standIn.env() }, (suite) => {
  // notifications go to this file's one app
  beforeAll(() => {
    standIn.deliverTo = suite.api.defaults.baseURL
  })
  shopParts(suite, standIn, {
    checkout: wechatpayCheckoutTests,
    refunds: wechatpayRefundTests,
    reconciliation: paymentReconciliationTests,
  })
})
