import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { medusa } from "./medusa"
import { authHeaders, orderAccessHeaders, rememberPlacedOrder } from "./cookies"
import type { StoreCart } from "./cart"

export type Storage = "ambient" | "cold_chain"

export const BANK_TRANSFER_PROVIDER = "pp_bank-transfer_bank-transfer"
export const SYSTEM_PROVIDER = "pp_system_default"
export const STRIPE_PROVIDER = "pp_stripe_stripe"

/**
 * Which storage each shipping option type serves. The store API shows an
 * option's shipping profile id but not the profile's name, so the option
 * types of the shop's two profiles (常温商品, 冷链商品) tell them apart.
 */
const STORAGE_OF_OPTION_CODE: Record<string, Storage> = {
  standard: "ambient",
  pickup: "ambient",
  "cold-chain": "cold_chain",
  "pickup-chilled": "cold_chain",
}

export type ShippingChoice = {
  id: string
  name: string
  description: string | null
  /** Medusa's price for this cart (yuan) */
  amount: number
  is_pickup: boolean
  /** item total (yuan) from which the option costs nothing, from its price rules */
  free_from: number | null
}

export type ProfileShipping = {
  storage: Storage
  profile_id: string
  options: ShippingChoice[]
}

export function storageOfItem(item: HttpTypes.StoreCartLineItem): Storage {
  return (item.product as any)?.metadata?.storage === "cold_chain" ? "cold_chain" : "ambient"
}

/** The free-shipping threshold of an option: its zero price's `item_total` rule. */
function freeFrom(option: any): number | null {
  for (const price of option.prices ?? []) {
    if (Number(price.amount) !== 0) continue
    const rule = (price.price_rules ?? []).find(
      (r: any) => r.attribute === "item_total" && (r.operator === "gte" || r.operator === "gt")
    )
    if (rule) return Number(rule.value)
  }
  return null
}

/**
 * The options to offer for each shipping profile present in the cart (Medusa
 * lists every option for any cart), delivery first, then pickup.
 */
export async function shippingByProfile(cart: StoreCart): Promise<ProfileShipping[]> {
  const { shipping_options } = await medusa.store.fulfillment.listCartOptions(
    {
      cart_id: cart.id,
      fields:
        "+prices.price_rules.attribute,+prices.price_rules.value,+prices.price_rules.operator,*prices.price_rules",
    } as any,
    await authHeaders()
  )
  const storages = new Set((cart.items ?? []).map(storageOfItem))
  const profileOf = new Map<Storage, string>()
  for (const option of shipping_options as any[]) {
    const storage = STORAGE_OF_OPTION_CODE[option.type?.code ?? ""]
    if (storage && !profileOf.has(storage)) profileOf.set(storage, option.shipping_profile_id)
  }
  const result: ProfileShipping[] = []
  for (const storage of ["ambient", "cold_chain"] as Storage[]) {
    if (!storages.has(storage)) continue
    const profileId = profileOf.get(storage)
    if (!profileId) continue
    const options = (shipping_options as any[])
      .filter((o) => o.shipping_profile_id === profileId)
      .map((o) => ({
        id: o.id,
        name: o.name,
        description: o.type?.description ?? null,
        amount: Number(o.calculated_price?.calculated_amount ?? o.amount ?? 0),
        is_pickup: o.service_zone?.fulfillment_set?.type === "pickup",
        free_from: freeFrom(o),
      }))
      .sort((a, b) => Number(a.is_pickup) - Number(b.is_pickup))
    result.push({ storage, profile_id: profileId, options })
  }
  return result
}

export async function addShippingMethod(cartId: string, optionId: string) {
  await medusa.store.cart.addShippingMethod(
    cartId,
    { option_id: optionId },
    {},
    await authHeaders()
  )
}

/** Payment providers the region offers, in the order the checkout shows them. */
export async function paymentProviders(regionId: string): Promise<string[]> {
  const { payment_providers } = await medusa.store.payment.listPaymentProviders(
    { region_id: regionId } as any,
    await authHeaders()
  )
  return payment_providers.map((p) => p.id)
}

/** Starts (or restarts) the cart's payment session with a provider; answers the session. */
export async function initiatePayment(cart: StoreCart, providerId: string) {
  const { payment_collection } = await medusa.store.payment.initiatePaymentSession(
    cart,
    { provider_id: providerId },
    {},
    await authHeaders()
  )
  return payment_collection.payment_sessions?.find((s) => s.provider_id === providerId) ?? null
}

export type CompleteResult =
  { type: "order"; order: HttpTypes.StoreOrder } | { type: "cart"; error: string }

export async function completeCart(cartId: string): Promise<CompleteResult> {
  const result: any = await medusa.store.cart.complete(cartId, {}, await authHeaders())
  if (result.type === "order") {
    // the order token proves this browser placed the order (the confirmation page reads the order with it)
    await rememberPlacedOrder(result.order.id, result.order_token)
    return { type: "order", order: result.order }
  }
  return { type: "cart", error: result.error?.message ?? "unknown" }
}

export type BankTransferInstructions = {
  reference: string
  amount: string
  currency_code: string
  payee: { account_name: string; bank_name: string; account_number: string }
  state: "awaiting_transfer" | "received" | "canceled"
  /** ISO instant: an order still unpaid after it is cancelled (null before the order is placed) */
  deadline_at?: string | null
  received_amount?: string
  outstanding_amount?: string
  instructions: string[]
}

/** The bank transfer details of an order, or null when it was not paid by transfer (or this visitor may not read it). */
export async function bankTransferOf(orderId: string): Promise<BankTransferInstructions | null> {
  try {
    const { bank_transfer } = await medusa.client.fetch<{
      bank_transfer: BankTransferInstructions
    }>("/store/bank-transfer/instructions", {
      query: { order_id: orderId },
      headers: await orderAccessHeaders(orderId),
    })
    return bank_transfer
  } catch {
    return null
  }
}
