/**
 * What the approval tests share: a verified unit with a 审批人 added, its
 * policy set, and a member's cart ready to complete (address, delivery, the
 * 对公转账 payment session) as the checkout page leaves it.
 */
import type { Headers, ShopSuite } from "../../fixtures/http"
import { BANK_TRANSFER, prepareCart } from "../../fixtures/orders"
import { units } from "../../fixtures/units"

export const TOMATO_LINE = { handle: "bingcun-soilless-cherry-tomato", quantity: 1 }

export function approvals(shop: ShopSuite) {
  const u = units(shop)

  /** A verified unit (members 管理员, 采购员, 财务) with a 审批人, and a policy when given. */
  const unitWithApprover = async (
    n: number,
    policy?: { order_over?: string | null; month_over?: string | null }
  ) => {
    const unit = await u.unitWithMembers(n)
    const approver = await u.customer(`approver${n}@unit-test.example.cn`)
    const added = await u.storeCall("POST", "/store/units/me/members", unit.admin, {
      email: `approver${n}@unit-test.example.cn`,
      role: "approver",
    })
    expect(added.status, JSON.stringify(added.data)).toBe(201)
    expect(added.data.member.role).toBe("approver")
    if (policy) {
      const set = await u.storeCall("POST", "/store/units/me/approval-policy", unit.admin, policy)
      expect(set.status, JSON.stringify(set.data)).toBe(200)
    }
    return { ...unit, approver }
  }

  /** A member's cart of `quantity` tomatoes, ready to complete; answers its id and total (yuan). */
  const readyCart = async (member: Headers, quantity = 1) => {
    const { cartId, headers } = await prepareCart(shop.api, shop.getContainer(), shop.store, {
      lines: [{ ...TOMATO_LINE, quantity }],
      auth: member.headers,
    })
    const { data: collection } = await shop.api.post(
      "/store/payment-collections",
      { cart_id: cartId },
      headers
    )
    await shop.api.post(
      `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
      { provider_id: BANK_TRANSFER },
      headers
    )
    const { data } = await shop.api.get(`/store/carts/${cartId}`, headers)
    return { cartId, total: String(data.cart.total) }
  }

  const complete = (cartId: string, member: Headers) =>
    u.storeCall("POST", `/store/carts/${cartId}/complete`, member, {})

  /** How many orders the cart became (0 or 1). */
  const ordersOfCart = async (cartId: string) => {
    const { data } = await shop
      .getContainer()
      .resolve("query")
      .graph({
        entity: "order_cart",
        fields: ["order_id"],
        filters: { cart_id: cartId },
      })
    return data.length
  }

  return { ...u, unitWithApprover, readyCart, complete, ordersOfCart }
}
