/**
 * 支付宝 through the shop's Alipay provider (backend/src/modules/alipay), against
 * the local Alipay stand-in (tests/fixtures/alipay), on one app: the shop set up
 * the same way for each part, each part starting from a fresh stand-in (`reset`)
 * and, as every test does, from the seeded database.
 * - alipay/checkout.ts: trades for the cart's amount, page or wap, notifications
 *   verified, lost ones recovered, unpaid trades' orders cancelled;
 * - alipay/refunds.ts: refunds and the ledger, lost and refused answers,
 *   cancelled orders' trades closed or refunded.
 */
import { startAlipayStandIn } from "../../fixtures/alipay"
import { shopParts, shopSuite } from "../../fixtures/http"
import { alipayCheckoutTests } from "./alipay/checkout"
import { alipayEnv } from "./alipay/fixtures"
import { alipayRefundTests } from "./alipay/refunds"

const standIn = await startAlipayStandIn()
afterAll(() => standIn.close())

shopSuite({ env: alipayEnv(standIn) }, (suite) =>
  shopParts(suite, standIn, { checkout: alipayCheckoutTests, refunds: alipayRefundTests })
)
