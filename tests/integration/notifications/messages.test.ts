/**
 * What the buyer hears from the shop, by e-mail over SMTP and by SMS through
 * Tencent Cloud SMS (both against their stand-ins), on one app: the shop set
 * up the same way for each part, each part starting from fresh stand-ins
 * (`reset`) and, as every test does, from the seeded database.
 * - messages/order-messages.ts: the order placed by 对公转账 with the transfer
 *   instructions, the money arrived, the parcel shipped, a refund; each once;
 * - messages/delivery-failures.ts: a failing SMS or e-mail service never holds
 *   up an order; the failure shown to the support team, sent again by 重试 or
 *   the retry job.
 */
import { WITHOUT_STRIPE } from "../../fixtures/bank-transfer"
import { shopParts, shopSuite } from "../../fixtures/http"
import { startDeliveryStandIns } from "../../fixtures/notifications"
import { deliveryFailureTests } from "./messages/delivery-failures"
import { orderMessageTests } from "./messages/order-messages"

const standIns = await startDeliveryStandIns()
afterAll(() => standIns.close())

shopSuite({ env: { ...WITHOUT_STRIPE, ...standIns.env } }, (suite) =>
  shopParts(suite, standIns, {
    "order messages": orderMessageTests,
    "delivery failures": deliveryFailureTests,
  })
)
