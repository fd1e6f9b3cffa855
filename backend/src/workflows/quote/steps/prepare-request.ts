import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { fenToYuan, formatFen, parseFen } from "../../../shared/money"
import { queryRow } from "../../../utils/query"
import { quoteMinFen } from "../config"

type SourceCart = {
  id: string
  customer_id: string | null
  completed_at: string | null
  total: unknown
  shipping_total: unknown
  region_id: string | null
  sales_channel_id: string | null
  email: string | null
  currency_code: string
  metadata: Record<string, unknown> | null
  items: { variant_id: string | null; quantity: number }[]
  shipping_address: Record<string, unknown> | null
  shipping_methods: { shipping_option_id: string | null; data: Record<string, unknown> | null }[]
}

const ADDRESS_FIELDS = [
  "first_name",
  "last_name",
  "phone",
  "company",
  "address_1",
  "address_2",
  "city",
  "province",
  "postal_code",
  "country_code",
  "metadata",
] as const

export type PreparedQuoteRequest = {
  source_cart_id: string
  list_shipping: string
  /** createCartWorkflow's input for the quote's own cart */
  cart: {
    region_id: string
    customer_id: string
    sales_channel_id: string | undefined
    email: string | undefined
    currency_code: string
    shipping_address: Record<string, unknown>
    items: { variant_id: string; quantity: number }[]
    metadata: Record<string, unknown>
  }
  shipping_options: { id: string; data?: Record<string, unknown> }[]
}

export const prepareQuoteRequestStepId = "prepare-quote-request"

/**
 * The member's own open cart as a quote takes it: items, address and
 * delivery chosen, its total (Medusa's, from the shop's prices: the unit's
 * 协议价 apply there) at least the quote threshold. 404 for another
 * customer's cart; 400 in Chinese otherwise. Nothing to undo.
 */
export const prepareQuoteRequestStep = createStep(
  prepareQuoteRequestStepId,
  async (data: { cart_id: string; customer_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const cart = await queryRow<SourceCart>(query, {
      entity: "cart",
      fields: [
        "id",
        "customer_id",
        "completed_at",
        "total",
        "shipping_total",
        "region_id",
        "sales_channel_id",
        "email",
        "currency_code",
        "metadata",
        "items.variant_id",
        "items.quantity",
        "shipping_address.*",
        "shipping_methods.shipping_option_id",
        "shipping_methods.data",
      ],
      filters: { id: data.cart_id },
    })
    const refuse = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
    if (!cart || cart.customer_id !== data.customer_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `购物车 ${data.cart_id} 不存在`)
    }
    if (cart.completed_at) throw refuse("该购物车已下单")
    if (!cart.items?.length) throw refuse("购物车是空的")
    if (cart.items.some((i) => !i.variant_id)) throw refuse("购物车里有已下架的商品，请先移除")
    const address = cart.shipping_address
    if (!address?.address_1 || !cart.region_id) throw refuse("请先填写收货地址，再提交询价")
    const options = (cart.shipping_methods ?? []).filter((m) => m.shipping_option_id)
    if (!options.length) throw refuse("请先选择配送方式，再提交询价")
    const total = parseFen(String(cart.total ?? 0)) ?? BigInt(0)
    const min = quoteMinFen()
    if (total < min) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `订单金额满 ${formatFen(min)} 才能询价（当前 ${formatFen(total)}），可直接下单`
      )
    }
    const prepared: PreparedQuoteRequest = {
      source_cart_id: cart.id,
      list_shipping: fenToYuan(parseFen(String(cart.shipping_total ?? 0)) ?? BigInt(0)),
      cart: {
        region_id: cart.region_id,
        customer_id: data.customer_id,
        sales_channel_id: cart.sales_channel_id ?? undefined,
        email: cart.email ?? undefined,
        currency_code: cart.currency_code,
        shipping_address: Object.fromEntries(
          ADDRESS_FIELDS.filter((f) => address[f] !== undefined && address[f] !== null).map(
            (f) => [f, address[f]]
          )
        ),
        items: cart.items.map((i) => ({ variant_id: i.variant_id as string, quantity: i.quantity })),
        metadata: { ...(cart.metadata ?? {}) },
      },
      shipping_options: options.map((m) => ({
        id: m.shipping_option_id as string,
        ...(m.data && Object.keys(m.data).length ? { data: m.data } : {}),
      })),
    }
    return new StepResponse(prepared)
  }
)
