/**
 * 对公转账 end to end over HTTP: the buyer picks bank transfer, the order is
 * placed awaiting payment with a reference code and the shop's account for the
 * storefront to show; the support team captures the payment in the admin when
 * the money arrives.
 */
import { shopSuite } from "../../fixtures/http"
import { failure, runSeed } from "../../fixtures/medusa"
import { cartWithPaymentSession, payOrder, prepareCart } from "../../fixtures/orders"
import { WITHOUT_STRIPE } from "../../fixtures/bank-transfer"

const BANK_TRANSFER = "pp_bank-transfer_bank-transfer"
const LINES = [
  { handle: "bingcun-soilless-cherry-tomato", quantity: 2 },
  { handle: "songyuan-mountain-green-tea", quantity: 1 },
]

shopSuite(
  { env: { ...WITHOUT_STRIPE, BANK_TRANSFER_ACCOUNT_NUMBER: "6228 4800 8888 0000 123" } },
  ({ api, getContainer, admin, store }) => {
    /** A cart paid by bank transfer: its payment session and the cart. */
    const bankTransferCart = () =>
      cartWithPaymentSession(api, getContainer(), store, LINES, BANK_TRANSFER)

    it("offers bank transfer in the 中国大陆 region beside Medusa's system provider, and no Stripe without a key", async () => {
      const { data: regions } = await api.get("/store/regions", store)
      const region = regions.regions.find((r: any) => r.name === "中国大陆")
      const { data } = await api.get(`/store/payment-providers?region_id=${region.id}`, store)
      const ids = data.payment_providers.map((p: any) => p.id).sort()
      expect(ids).toEqual([BANK_TRANSFER, "pp_system_default"])

      // a region from before bank transfer existed gets it from the next seed
      await api.post(
        `/admin/regions/${region.id}`,
        { payment_providers: ["pp_system_default"] },
        admin
      )
      const before = (await api.get(`/store/payment-providers?region_id=${region.id}`, store)).data
        .payment_providers
      expect(before.map((p: any) => p.id)).toEqual(["pp_system_default"])
      await runSeed(getContainer())
      const after = (await api.get(`/store/payment-providers?region_id=${region.id}`, store)).data
        .payment_providers
      expect(after.map((p: any) => p.id).sort()).toEqual(ids)
    })

    it("places the order awaiting the transfer, with a reference code and the account for the storefront", async () => {
      const { cartId, headers, session, cart } = await bankTransferCart()
      expect(session.status).toBe("pending")
      expect(session.data.reference).toMatch(/^MX\d{8}[2-9A-HJKMNP-Z]{6}$/)
      const chinaToday = new Date(Date.now() + 8 * 3600_000)
        .toISOString()
        .slice(0, 10)
        .replaceAll("-", "")
      expect(session.data.reference.slice(2, 10)).toBe(chinaToday)
      expect(session.data.payee).toEqual({
        account_name: "梅县消费帮扶商城运营有限公司",
        bank_name: expect.stringContaining("银行"),
        account_number: "6228 4800 8888 0000 123",
      })
      expect(session.data.amount).toBe(Number(cart.total).toFixed(2))

      // before the order: the same instructions by cart
      const before = (await api.get(`/store/bank-transfer/instructions?cart_id=${cartId}`, headers))
        .data.bank_transfer
      expect(before).toMatchObject({
        reference: session.data.reference,
        amount: Number(cart.total).toFixed(2),
        currency_code: "cny",
        state: "awaiting_transfer",
        order_id: null,
      })

      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
      expect(completed.type).toBe("order")
      const order = completed.order

      const { data: detail } = await api.get(
        `/admin/orders/${order.id}?fields=payment_status,total,*payment_collections.payments`,
        admin
      )
      expect(detail.order.payment_status).toBe("authorized")
      const [payment] = detail.order.payment_collections[0].payments
      expect(payment.provider_id).toBe(BANK_TRANSFER)
      expect(payment.captured_at).toBeNull()
      expect(payment.data.reference).toBe(session.data.reference)

      // the confirmation page reads them by order, with the placing browser's order token (or still by cart)
      const placing = {
        headers: { ...store.headers, "x-order-token": completed.order_token.token },
      }
      const byOrder = (
        await api.get(`/store/bank-transfer/instructions?order_id=${order.id}`, placing)
      ).data.bank_transfer
      expect(byOrder).toMatchObject({
        provider_id: BANK_TRANSFER,
        reference: session.data.reference,
        amount: Number(detail.order.total).toFixed(2),
        payee: session.data.payee,
        state: "awaiting_transfer",
        order_id: order.id,
      })
      expect(byOrder.instructions.join("")).toContain(session.data.reference)
      const byCart = (await api.get(`/store/bank-transfer/instructions?cart_id=${cartId}`, store))
        .data.bank_transfer
      expect(byCart).toEqual(byOrder)

      // a transfer arrives with the code on its 附言: the support team finds the order by it
      const typed = session.data.reference.toLowerCase().replace(/(.{4})/g, "$1 ")
      const { data: found } = await api.get(
        `/admin/bank-transfer/payments?reference=${encodeURIComponent(typed)}`,
        admin
      )
      expect(found.count).toBe(1)
      expect(found.payments[0]).toMatchObject({
        id: payment.id,
        reference: session.data.reference,
        amount: Number(detail.order.total).toFixed(2),
        state: "awaiting_transfer",
        order: { id: order.id, display_id: order.display_id, email: "buyer@example.cn" },
      })
      const awaiting = async () =>
        (
          await api.get("/admin/bank-transfer/payments?state=awaiting_transfer", admin)
        ).data.payments.map((p: any) => p.id)
      expect(await awaiting()).toContain(payment.id)
      expect(
        (await api.get(`/admin/bank-transfer/payments?order_id=${order.id}`, admin)).data.count
      ).toBe(1)

      // the money is there: the support team records it (确认到账), which captures the payment
      await payOrder(api, admin, order.id)
      expect(await awaiting()).not.toContain(payment.id)
      const received = (await api.get("/admin/bank-transfer/payments?state=received", admin)).data
        .payments
      expect(received.map((p: any) => p.id)).toEqual([payment.id])
      const { data: paid } = await api.get(
        `/admin/orders/${order.id}?fields=payment_status,*payment_collections.payments`,
        admin
      )
      expect(paid.order.payment_status).toBe("captured")
      expect(paid.order.payment_collections[0].payments[0].captured_at).not.toBeNull()
      expect(paid.order.payment_collections[0].payments[0].data).toMatchObject({
        state: "received",
      })
      const after = (
        await api.get(`/store/bank-transfer/instructions?order_id=${order.id}`, placing)
      ).data.bank_transfer
      expect(after.state).toBe("received")
    })

    it("gives every cart its own reference; a changed cart needs a new payment session, with a new reference", async () => {
      const first = await bankTransferCart()
      const second = await bankTransferCart()
      expect(first.session.data.reference).not.toBe(second.session.data.reference)

      // one more box of tomatoes: Medusa drops the session of the old amount
      const line = first.cart.items.find((i: any) => i.quantity === 2)
      await api.post(
        `/store/carts/${first.cartId}/line-items/${line.id}`,
        { quantity: 3 },
        first.headers
      )
      const { data: changed } = await api.get(
        `/store/carts/${first.cartId}?fields=total,payment_collection.id,*payment_collection.payment_sessions`,
        first.headers
      )
      expect(Number(changed.cart.total)).toBeGreaterThan(Number(first.cart.total))
      expect(changed.cart.payment_collection.payment_sessions).toEqual([])
      const stale = await failure(
        api.get(`/store/bank-transfer/instructions?cart_id=${first.cartId}`, store)
      )
      expect(stale.status).toBe(404)

      const { data } = await api.post(
        `/store/payment-collections/${changed.cart.payment_collection.id}/payment-sessions`,
        { provider_id: BANK_TRANSFER },
        first.headers
      )
      const [session] = data.payment_collection.payment_sessions
      expect(session.data.reference).not.toBe(first.session.data.reference)
      const instructions = (
        await api.get(`/store/bank-transfer/instructions?cart_id=${first.cartId}`, store)
      ).data.bank_transfer
      expect(instructions).toMatchObject({
        reference: session.data.reference,
        amount: Number(changed.cart.total).toFixed(2),
      })
    })

    it("answers 400 for bad queries, 401 to the admin route without login, 404 for an unknown cart or a cart without bank transfer", async () => {
      expect((await failure(api.get("/store/bank-transfer/instructions", store))).status).toBe(400)
      expect(
        (await failure(api.get("/store/bank-transfer/instructions?cart_id=a&order_id=b", store)))
          .status
      ).toBe(400)
      expect(
        (await failure(api.get("/store/bank-transfer/instructions?cart_id=cart_nope", store)))
          .status
      ).toBe(404)
      expect(
        (await failure(api.get("/admin/bank-transfer/payments?state=paid", admin))).status
      ).toBe(400)
      expect((await failure(api.get("/admin/bank-transfer/payments"))).status).toBe(401)
      const { cartId } = await prepareCart(api, getContainer(), store, { lines: LINES })
      expect(
        (await failure(api.get(`/store/bank-transfer/instructions?cart_id=${cartId}`, store)))
          .status
      ).toBe(404)
    })
  }
)
