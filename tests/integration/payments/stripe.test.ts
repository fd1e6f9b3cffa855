/**
 * Stripe through @medusajs/payment-stripe, against the local Stripe stand-in
 * (tests/fixtures/stripe): the same provider code that talks to
 * api.stripe.com with real keys. The buyer's browser part (Stripe.js
 * confirming the PaymentIntent with its client secret) is played by a request
 * to the stand-in with the publishable key.
 */
import { shopSuite } from "../../fixtures/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { failure } from "../../fixtures/medusa"
import { eventually, prepareCart } from "../../fixtures/orders"
import { startStripeStandIn } from "../../fixtures/stripe"
import {
  confirmAsStripeJs,
  orderOfCartIn,
  STRIPE,
  stripeCartOf,
} from "../../fixtures/stripe/checkout"
import { afterWebhookDelay } from "../../fixtures/webhook-delay"

const WEBHOOK_SECRET = "whsec_meixian_stand_in_webhook_secret"
const standIn = await startStripeStandIn({
  webhook: { url: "", secret: WEBHOOK_SECRET, autoDeliver: false },
})
afterAll(async () => {
  await standIn.close()
})

const LINES = [
  { handle: "shejiang-simiao-rice", quantity: 2 },
  { handle: "songyuan-mountain-green-tea", quantity: 1 },
]

shopSuite(
  {
    env: {
      STRIPE_API_KEY: standIn.secretKey,
      STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      STRIPE_API_BASE: standIn.url,
    },
  },
  ({ api, getContainer, admin, store }) => {
    beforeAll(() => {
      standIn.webhook!.url = `${api.defaults.baseURL}/hooks/payment/stripe_stripe`
    })

    beforeEach(async () => {
      standIn.webhook!.autoDeliver = false
    })

    const stripeCart = () => stripeCartOf(api, getContainer(), store, LINES)
    const orderOfCart = (cartId: string) => orderOfCartIn(getContainer(), cartId)
    const confirmInBrowser = (intent: { id: string; client_secret: string }, method: string) =>
      confirmAsStripeJs(standIn, intent, method)

    const paymentsOf = async (orderId: string) => {
      const { data } = await api.get(
        `/admin/orders/${orderId}?fields=payment_status,total,*payment_collections.payments`,
        admin
      )
      return { order: data.order, payments: data.order.payment_collections[0].payments as any[] }
    }

    it("is offered in the region next to bank transfer when a key is set", async () => {
      const { data: regions } = await api.get("/store/regions", store)
      const region = regions.regions.find((r: any) => r.name === "中国大陆")
      const { data } = await api.get(`/store/payment-providers?region_id=${region.id}`, store)
      expect(data.payment_providers.map((p: any) => p.id).sort()).toEqual(
        ["pp_bank-transfer_bank-transfer", STRIPE, "pp_system_default"].sort()
      )
    })

    it("takes a card payment: intent in fen, confirmed with pm_card_visa, cart completes, order paid, refund in fen", async () => {
      standIn.webhook!.autoDeliver = true
      const { cartId, headers, session, cart } = await stripeCart()
      const fen = Math.round(Number(cart.total) * 100)
      expect(fen).toBeGreaterThan(0)

      // what the provider asked Stripe for, form-encoded with the secret key
      const create = standIn.requests.find(
        (r) =>
          r.method === "POST" &&
          r.path === "/v1/payment_intents" &&
          r.params.metadata?.session_id === session.id
      )!
      expect(create.key).toBe("secret")
      expect(create.params).toMatchObject({
        amount: String(fen),
        currency: "cny",
        capture_method: "automatic",
        automatic_payment_methods: { enabled: "true" },
        expand: ["payment_method"],
      })

      // the session's data is the PaymentIntent: the storefront gives client_secret to the Payment Element
      expect(session.status).toBe("pending")
      expect(session.data).toMatchObject({
        id: expect.stringMatching(/^pi_/),
        object: "payment_intent",
        amount: fen,
        currency: "cny",
        status: "requires_payment_method",
        client_secret: expect.stringMatching(/^pi_\w+_secret_\w+$/),
        payment_method_types: ["card", "alipay", "wechat_pay"],
      })

      const confirmed = await confirmInBrowser(session.data, "pm_card_visa")
      expect(confirmed.status).toBe(200)
      expect(confirmed.body).toMatchObject({
        status: "succeeded",
        amount_received: fen,
        payment_method: { card: { last4: "4242" } },
      })

      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
      expect(completed.type).toBe("order")
      const { order, payments } = await paymentsOf(completed.order.id)
      expect(order.payment_status).toBe("captured")
      expect(payments).toHaveLength(1)
      expect(payments[0]).toMatchObject({ provider_id: STRIPE, data: { id: session.data.id } })
      expect(payments[0].captured_at).not.toBeNull()
      expect(Number(payments[0].amount)).toBe(Number(order.total))

      // Stripe's own webhooks arrive too, signed: accepted, and once Medusa has
      // handled them (after its webhook delay) the order is paid once, as before
      await eventually(async () =>
        standIn.deliveries.find((d) => d.type === "payment_intent.succeeded")
      )
      expect(standIn.deliveries.map((d) => [d.type, d.status]).sort()).toEqual([
        ["payment_intent.created", 200],
        ["payment_intent.succeeded", 200],
      ])
      await afterWebhookDelay()
      const { data: captured } = await api.get(
        `/admin/orders/${order.id}?fields=payment_status,*payment_collections.payments.captures`,
        admin
      )
      expect(captured.order.payment_status).toBe("captured")
      expect(captured.order.payment_collections[0].payments[0].captures).toHaveLength(1)

      // a partial refund from the admin reaches Stripe in fen
      await api.post(`/admin/payments/${payments[0].id}/refund`, { amount: 12.34 }, admin)
      const refund = standIn.requests.find(
        (r) => r.path === "/v1/refunds" && r.params.payment_intent === session.data.id
      )!
      expect(refund.params.amount).toBe("1234")
      expect((await paymentsOf(order.id)).order.payment_status).toBe("partially_refunded")
      // the aid ledger records the refund (waited for, so no work spills into the next test)
      await eventually(async () => {
        const { data } = await api.get(`/admin/aid/entries?order_id=${order.id}`, admin)
        return data.entries.some((e: any) => e.kind === "refund")
      })
    })

    it("pays as a registered customer: one Stripe customer is the account holder of every payment", async () => {
      const email = "stripe-buyer@example.cn"
      const password = "secret-123456"
      const { data: registered } = await api.post("/auth/customer/emailpass/register", {
        email,
        password,
      })
      await api.post(
        "/store/customers",
        { email, first_name: "明", last_name: "李" },
        {
          headers: { ...store.headers, authorization: `Bearer ${registered.token}` },
        }
      )
      const { data: login } = await api.post("/auth/customer/emailpass", { email, password })
      const auth = { authorization: `Bearer ${login.token}` }

      const pay = async () => {
        const { cartId, headers } = await prepareCart(api, getContainer(), store, {
          lines: LINES,
          email,
          auth,
        })
        const { data: collection } = await api.post(
          "/store/payment-collections",
          { cart_id: cartId },
          headers
        )
        const { data } = await api.post(
          `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
          { provider_id: STRIPE },
          headers
        )
        const [session] = data.payment_collection.payment_sessions
        expect((await confirmInBrowser(session.data, "pm_card_visa")).body.status).toBe("succeeded")
        const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
        expect(completed.type).toBe("order")
        return session.data
      }
      const first = await pay()
      const second = await pay()
      const created = standIn.requests.filter(
        (r) => r.method === "POST" && r.path === "/v1/customers" && r.params.email === email
      )
      expect(created).toHaveLength(1)
      expect(first.customer).toMatch(/^cus_/)
      expect(second.customer).toBe(first.customer)
    })

    it("declines pm_card_chargeDeclined with Stripe's error: the cart does not complete and no order is placed", async () => {
      const { cartId, headers, session } = await stripeCart()
      const declined = await confirmInBrowser(session.data, "pm_card_chargeDeclined")
      expect(declined.status).toBe(402)
      expect(declined.body.error).toMatchObject({
        type: "card_error",
        code: "card_declined",
        decline_code: "generic_decline",
        message: "Your card was declined.",
        payment_intent: {
          id: session.data.id,
          status: "requires_payment_method",
          last_payment_error: { code: "card_declined" },
        },
      })

      // completing the cart anyway is refused; the session carries Stripe's reason for the storefront
      const attempt = await failure(api.post(`/store/carts/${cartId}/complete`, {}, headers))
      expect(attempt.status).toBe(400)
      expect(attempt.data).toMatchObject({
        type: "not_allowed",
        message: expect.stringMatching(/not authorized/),
      })
      expect(await orderOfCart(cartId)).toBeUndefined()
      const { data: shown } = await api.get(
        `/store/carts/${cartId}?fields=payment_collection.id,*payment_collection.payment_sessions`,
        headers
      )
      expect(shown.cart.payment_collection.payment_sessions[0]).toMatchObject({
        status: "error",
        data: {
          status: "requires_payment_method",
          last_payment_error: { code: "card_declined", message: "Your card was declined." },
        },
      })
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: carts } = await query.graph({
        entity: "cart",
        fields: ["completed_at", "payment_collection.payment_sessions.status"],
        filters: { id: cartId },
      })
      expect((carts[0] as any).completed_at).toBeNull()
      expect((carts[0] as any).payment_collection.payment_sessions).toEqual([
        expect.objectContaining({ status: "error" }),
      ])
      const payments = await getContainer()
        .resolve(Modules.PAYMENT)
        .listPayments({ payment_session_id: session.id })
      expect(payments).toEqual([])

      // the buyer tries another card: the checkout starts a new session (a new PaymentIntent)
      const { data: again } = await api.post(
        `/store/payment-collections/${shown.cart.payment_collection.id}/payment-sessions`,
        { provider_id: STRIPE },
        headers
      )
      const [fresh] = again.payment_collection.payment_sessions
      expect(fresh.data.id).not.toBe(session.data.id)
      const retried = await confirmInBrowser(fresh.data, "pm_card_visa")
      expect(retried.body.status).toBe("succeeded")
      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
      expect(completed.type).toBe("order")
      expect((await paymentsOf(completed.order.id)).order.payment_status).toBe("captured")
    })

    it("rejects a webhook with a bad signature (nothing changes) and accepts the signed one, which completes the cart", async () => {
      const { cartId, session } = await stripeCart()
      // the buyer pays, then closes the browser before the storefront completes the cart
      expect((await confirmInBrowser(session.data, "pm_card_visa")).body.status).toBe("succeeded")
      const event = standIn.eventFor("payment_intent.succeeded", session.data.id)!
      expect(event.data.object.metadata.session_id).toBe(session.id)

      const forged = await standIn.deliver(event, { secret: "whsec_not_the_shops_secret" })
      expect(forged.status).toBe(400)
      expect(forged.body).toMatch(/signature/i)
      const unsigned = await standIn.deliver(event, { signature: "" })
      expect(unsigned.status).toBe(400)
      // a valid signature for another payload does not cover this one
      const other = { ...event, data: { object: { ...event.data.object, amount_received: 1 } } }
      const payload = JSON.stringify(event, null, 2)
      const { stripeLibrary } = await import("../../fixtures/stripe")
      const borrowed = stripeLibrary().webhooks.generateTestHeaderString({
        payload,
        secret: WEBHOOK_SECRET,
      })
      expect((await standIn.deliver(other, { signature: borrowed })).status).toBe(400)

      // past Medusa's webhook delay: still no order, the session untouched
      await afterWebhookDelay()
      expect(await orderOfCart(cartId)).toBeUndefined()
      const [untouched] = await getContainer()
        .resolve(Modules.PAYMENT)
        .listPaymentSessions({ id: session.id })
      expect(untouched.status).toBe("pending")
      expect(untouched.authorized_at).toBeNull()

      const signed = await standIn.deliver(event)
      expect(signed.status).toBe(200)
      const orderId = await eventually(() => orderOfCart(cartId), 30_000)
      const { order, payments } = await paymentsOf(orderId)
      expect(order.payment_status).toBe("captured")
      expect(payments[0].data.id).toBe(session.data.id)
    })
  }
)
