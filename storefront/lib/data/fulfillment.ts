import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { PRODUCT_STORAGES, type ProductStorage } from "@http/metadata"
import type { WeighedShippingPrice } from "@http/shipping"
import { EXPRESS_RATES, FREIGHT_RATES } from "@shared/freight"
import { WEIGHED_OPTIONS } from "@shared/shipping-options"
import type { StoreCart } from "./cart"
import { authHeaders } from "./cookies"
import { medusa } from "./medusa"

/**
 * Which storage each shipping option type serves. The store API shows an
 * option's shipping profile id but not the profile's name, so the option
 * types of the shop's two profiles (常温商品, 冷链商品) tell them apart.
 */
const STORAGE_OF_OPTION_CODE: Record<string, ProductStorage> = {
  standard: "ambient",
  pickup: "ambient",
  "cold-chain": "cold_chain",
  "pickup-chilled": "cold_chain",
  freight: "ambient",
  "freight-chilled": "cold_chain",
}

export type ShippingChoice = {
  id: string
  name: string
  description: string | null
  /** Medusa's price for this cart (yuan) */
  amount: number
  is_pickup: boolean
  /** item total (yuan) from which the option costs nothing (express: its base price), from its price rules or the freight rule */
  free_from: number | null
  /** weighed options (shared/freight.ts): the parcel's gross grams, as the server priced it */
  parcel_grams: number | null
  /** weighed options: delivery days [from, to] */
  days: readonly [number, number] | null
}

export type ProfileShipping = {
  storage: ProductStorage
  profile_id: string
  options: ShippingChoice[]
}

/** A shipping option as the cart's options route answers it (the service zone's fulfillment set says pickup). */
type CartShippingOption = HttpTypes.StoreCartShippingOption &
  Partial<Pick<HttpTypes.StoreCartShippingOptionWithServiceZone, "service_zone">>

export function storageOfItem(item: HttpTypes.StoreCartLineItem): ProductStorage {
  return item.product?.metadata?.storage === "cold_chain" ? "cold_chain" : "ambient"
}

/** The free-shipping threshold of an option: its zero price's `item_total` rule. */
function freeFrom(option: CartShippingOption): number | null {
  for (const price of option.prices ?? []) {
    if (Number(price.amount) !== 0) continue
    const rule = (price.price_rules ?? []).find(
      (r) => r.attribute === "item_total" && (r.operator === "gte" || r.operator === "gt")
    )
    if (rule) return Number(rule.value)
  }
  return null
}

function choiceOf(option: CartShippingOption): ShippingChoice {
  const weighed = WEIGHED_OPTIONS[option.type?.code ?? ""]
  const price = option.calculated_price as Partial<WeighedShippingPrice> | undefined
  const rates = weighed?.service === "freight" ? FREIGHT_RATES : EXPRESS_RATES
  const expressFree =
    weighed?.service === "express" ? EXPRESS_RATES[weighed.freight_class].free_from_fen / 100 : null
  return {
    id: option.id,
    name: option.name,
    description: option.type?.description ?? null,
    amount: Number(price?.calculated_amount ?? option.amount ?? 0),
    is_pickup: option.service_zone?.fulfillment_set?.type === "pickup",
    free_from: freeFrom(option) ?? expressFree,
    parcel_grams: weighed && typeof price?.parcel_grams === "number" ? price.parcel_grams : null,
    days: weighed ? rates[weighed.freight_class].days : null,
  }
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
    },
    await authHeaders()
  )
  const options: CartShippingOption[] = shipping_options
  const storages = new Set((cart.items ?? []).map(storageOfItem))
  const profileOf = new Map<ProductStorage, string>()
  for (const option of options) {
    const storage = STORAGE_OF_OPTION_CODE[option.type?.code ?? ""]
    if (storage && !profileOf.has(storage)) profileOf.set(storage, option.shipping_profile_id)
  }
  const result: ProfileShipping[] = []
  for (const storage of PRODUCT_STORAGES) {
    if (!storages.has(storage)) continue
    const profileId = profileOf.get(storage)
    if (!profileId) continue
    const choices = options
      .filter((o) => o.shipping_profile_id === profileId)
      .map(choiceOf)
      .sort((a, b) => Number(a.is_pickup) - Number(b.is_pickup))
    result.push({ storage, profile_id: profileId, options: choices })
  }
  return result
}
