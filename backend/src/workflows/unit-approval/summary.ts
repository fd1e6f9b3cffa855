import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { parseFen } from "../../shared/money"
import { fenToYuan } from "../../shared/money"
import type { UnitApprovalLine, UnitApprovalRecipient } from "../../types/http/unit-approval"
import type { BulkRowResolved } from "../../types/http/bulk-order"
import { queryRow } from "../../utils/query"
import { recipientOf, type StoredAddress } from "../../shared/address"

type CartRow = {
  id: string
  customer_id: string | null
  completed_at: string | null
  total: unknown
  items: {
    title: string
    product_title: string | null
    variant_title: string | null
    variant_id: string | null
    quantity: number
    unit_price: unknown
    total: unknown
  }[]
  shipping_address: StoredAddress | null
}

const yuan = (value: unknown) => fenToYuan(parseFen(String(value ?? 0)) ?? BigInt(0))

export type CartPurchase = {
  amount_fen: bigint
  lines: UnitApprovalLine[]
  recipients: UnitApprovalRecipient[]
}

/**
 * A member's own open cart as the approver reads it (lines, recipient,
 * total as Medusa computes it from the shop's prices); 404 for another
 * customer's cart, 400 for a completed or empty one or one without an address.
 */
export async function cartPurchase(
  container: MedusaContainer,
  cartId: string,
  customerId: string
): Promise<CartPurchase> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const cart = await queryRow<CartRow>(query, {
    entity: "cart",
    fields: [
      "id",
      "customer_id",
      "completed_at",
      "total",
      "items.title",
      "items.product_title",
      "items.variant_title",
      "items.variant_id",
      "items.quantity",
      "items.unit_price",
      "items.total",
      "shipping_address.*",
    ],
    filters: { id: cartId },
  })
  if (!cart || cart.customer_id !== customerId) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `购物车 ${cartId} 不存在`)
  }
  if (cart.completed_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "该购物车已下单")
  if (!cart.items?.length) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "购物车是空的")
  const a = cart.shipping_address
  if (!a?.address_1) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "请先填写收货地址和配送方式，再提交审批")
  }
  return {
    amount_fen: parseFen(String(cart.total ?? 0)) ?? BigInt(0),
    lines: cart.items.map((item) => ({
      title: [item.product_title ?? item.title, item.variant_title].filter(Boolean).join(" · "),
      variant_id: item.variant_id,
      quantity: item.quantity,
      unit_price: yuan(item.unit_price),
      total: yuan(item.total),
    })),
    recipients: [recipientOf(a)],
  }
}

/** A bulk order's checked rows as the approver reads them: lines per row and the distinct recipients. */
export function bulkSummary(rows: BulkRowResolved[]): {
  lines: UnitApprovalLine[]
  recipients: UnitApprovalRecipient[]
} {
  const recipients = new Map<string, UnitApprovalRecipient>()
  for (const row of rows) {
    const address = [row.province, row.city, row.district, row.address].join(" ")
    recipients.set(`${row.recipient}|${row.mobile}|${address}`, {
      name: row.recipient,
      phone: row.mobile,
      address,
    })
  }
  return {
    lines: rows.map((row) => ({
      title: `${row.product_title} · ${row.variant_title}`,
      variant_id: row.variant_id,
      quantity: row.quantity,
      unit_price: row.unit_price,
      total: row.line_total,
    })),
    recipients: [...recipients.values()],
  }
}
