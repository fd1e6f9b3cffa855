/**
 * GET /store/orders/:id/payment-notice: the 付款通知书 (PDF) of a 对公转账
 * order awaiting its transfer, for its buyer only (its customer, the placing
 * browser's order token); 404 for anyone else and for an order without a
 * transfer, 400 once paid. A unit member's notice names the unit.
 */
import { WITHOUT_STRIPE } from "../../fixtures/bank-transfer"
import { shopSuite } from "../../fixtures/http"
import { backendRequire } from "../../fixtures/medusa"
import { payOrder, placeOrderWithToken } from "../../fixtures/orders"
import { BANK_TRANSFER, LINES, orderPrivacy } from "../../fixtures/order-privacy"
import { pdfPages } from "../../fixtures/pdf-text"
import { units } from "../../fixtures/units"

const { yuanInCapitals, formatYuan } = backendRequire("src/shared/money.ts")

shopSuite({ env: WITHOUT_STRIPE }, (shop) => {
  const { api, getContainer, store, admin } = shop
  const { with_, token, customer } = orderPrivacy(shop)
  const { unitWithMembers } = units(shop)

  const notice = (id: string, ...extra: Record<string, string>[]) =>
    api.get(`/store/orders/${id}/payment-notice`, {
      ...with_(...extra),
      responseType: "arraybuffer",
      validateStatus: () => true,
    }) as Promise<{ status: number; data: ArrayBuffer; headers: Record<string, string> }>
  const json = (data: ArrayBuffer) => JSON.parse(Buffer.from(data).toString("utf8"))

  it("gives the order's buyer the notice: payee, amount in figures and capitals, reference, deadline", async () => {
    const owner = await customer("owner-notice@example.cn")
    const other = await customer("other-notice@example.cn")
    const mine = await placeOrderWithToken(api, getContainer(), store, {
      lines: LINES,
      email: "owner-notice@example.cn",
      auth: owner,
      provider_id: BANK_TRANSFER,
    })
    const { data } = await api.get(
      `/store/bank-transfer/instructions?order_id=${mine.order.id}`,
      with_(owner)
    )
    const transfer = data.bank_transfer

    for (const headers of [[owner], [token(mine.order_token.token)]]) {
      const answer = await notice(mine.order.id, ...headers)
      expect(answer.status).toBe(200)
      expect(answer.headers["content-type"]).toBe("application/pdf")
      expect(answer.headers["content-disposition"]).toContain("filename*=UTF-8''")
      const [page] = await pdfPages(Buffer.from(answer.data))
      for (const expected of [
        "付款通知书",
        transfer.reference,
        transfer.payee.account_name,
        transfer.payee.bank_name,
        transfer.payee.account_number.replace(/\s/g, ""),
        formatYuan(transfer.amount),
        `人民币${yuanInCapitals(transfer.amount)}`,
        "（北京时间）",
      ]) {
        expect(page).toContain(expected)
      }
    }

    // anyone else: 404, as for an unknown id, also with fields=
    for (const headers of [[], [other], [token("forged")]]) {
      const answer = await notice(mine.order.id, ...headers)
      expect(answer.status).toBe(404)
      expect(Buffer.from(answer.data).toString("utf8")).not.toContain(transfer.reference)
    }
    const probing = await api.get(
      `/store/orders/${mine.order.id}/payment-notice?fields=*payment_collections`,
      { ...with_(other), validateStatus: () => true }
    )
    expect(probing.status).toBe(404)
    expect((await notice("order_missing", owner)).status).toBe(404)

    // paid: no notice any more
    await payOrder(api, admin, mine.order.id)
    const paid = await notice(mine.order.id, owner)
    expect(paid.status).toBe(400)
    expect(json(paid.data).message).toBe("该订单已付款或已取消，无需再付款")
  })

  it("has no notice for an order paid otherwise, and names a unit member's unit as the payer", async () => {
    const owner = await customer("card-notice@example.cn")
    const card = await placeOrderWithToken(api, getContainer(), store, {
      lines: LINES,
      email: "card-notice@example.cn",
      auth: owner,
    })
    const none = await notice(card.order.id, owner)
    expect(none.status).toBe(404)
    expect(json(none.data).message).toBe("该订单不是对公转账订单，没有付款通知书")

    const { unit, buyer } = await unitWithMembers(7)
    const ofUnit = await placeOrderWithToken(api, getContainer(), store, {
      lines: LINES,
      auth: buyer.headers,
      provider_id: BANK_TRANSFER,
    })
    const answer = await notice(ofUnit.order.id, buyer.headers)
    expect(answer.status).toBe(200)
    const [page] = await pdfPages(Buffer.from(answer.data))
    expect(page).toContain(unit.name)
    expect(page).toContain(unit.credit_code)
  })
})
