import type {
  CalculatedShippingOptionPrice,
  CalculateShippingOptionPriceDTO,
  CreateFulfillmentResult,
  FulfillmentOption,
} from "@medusajs/framework/types"
import { AbstractFulfillmentProviderService, MedusaError } from "@medusajs/framework/utils"
import { expressFen, freightFen, parcelGrams } from "../../shared/freight"
import { fenToYuan, yuanToFen } from "../../shared/money"
import { expressTooHeavyMessage, WEIGHED_OPTIONS } from "../../shared/shipping-options"
import type { WeighedShippingPrice } from "../../types/http/shipping"

/** What a shipping option of this provider carries in its `data`: the option type's code. */
type OptionData = { code?: unknown }

type PricedItem = { quantity?: unknown; variant?: { weight?: unknown } | null }

/** The provider's id in Medusa (`fp_` records): its identifier twice, as medusa-config.ts registers it. */
export const FREIGHT_PROVIDER_ID = "freight_freight"

/** The context key the shop's pricing hook sets: the whole cart's item total (yuan). */
export const CART_ITEM_TOTAL_CONTEXT_KEY = "cart_item_total"

function weighedOption(optionData: OptionData) {
  const option = typeof optionData.code === "string" ? WEIGHED_OPTIONS[optionData.code] : undefined
  if (!option) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "未知的配送方式")
  }
  return option
}

/** The parcel's gross weight: each line's variant weight (grams, rounded up) times its quantity. */
export function itemsGrams(items: PricedItem[]): number {
  return parcelGrams(
    items.map((item) => {
      const weight = Number(item.variant?.weight ?? 0)
      return {
        weight_grams: Number.isFinite(weight) && weight > 0 ? Math.ceil(weight) : 0,
        quantity: Math.max(0, Math.trunc(Number(item.quantity ?? 0))),
      }
    })
  )
}

/**
 * Delivery priced by weight (shared/freight.ts): 标准快递 and 冷链配送 by
 * express up to 50 kg (the free threshold waives the base price only), 物流专线
 * and 冷链专线 per kilogram. Medusa calls `calculatePrice` with the cart's items
 * of the option's shipping profile, so the list, the cart's shipping method and
 * the order all carry the server's price. Fulfilments are recorded as the
 * manual provider does (the farms and the carrier work outside the shop).
 */
export class FreightFulfillmentService extends AbstractFulfillmentProviderService {
  static identifier = "freight"

  async getFulfillmentOptions(): Promise<FulfillmentOption[]> {
    return Object.keys(WEIGHED_OPTIONS).map((code) => ({ id: code, code }))
  }

  async validateOption(data: Record<string, unknown>): Promise<boolean> {
    return typeof data.code === "string" && data.code in WEIGHED_OPTIONS
  }

  async validateFulfillmentData(
    _optionData: Record<string, unknown>,
    data: Record<string, unknown>
  ): Promise<Record<string, unknown>> {
    return data
  }

  async canCalculate(): Promise<boolean> {
    return true
  }

  async calculatePrice(
    optionData: CalculateShippingOptionPriceDTO["optionData"],
    _data: CalculateShippingOptionPriceDTO["data"],
    context: CalculateShippingOptionPriceDTO["context"]
  ): Promise<CalculatedShippingOptionPrice> {
    const option = weighedOption(optionData)
    const grams = itemsGrams((context.items ?? []) as PricedItem[])
    let fen: number
    if (option.service === "freight") {
      fen = freightFen(option.freight_class, grams)
    } else {
      const total = context[CART_ITEM_TOTAL_CONTEXT_KEY] ?? context.item_total ?? 0
      const itemTotalFen = Math.max(0, yuanToFen(String(total)) ?? 0)
      const express = expressFen(option.freight_class, grams, itemTotalFen)
      if (express === null) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, expressTooHeavyMessage(grams))
      }
      fen = express
    }
    const price: CalculatedShippingOptionPrice & WeighedShippingPrice = {
      calculated_amount: Number(fenToYuan(fen)),
      is_calculated_price_tax_inclusive: true,
      parcel_grams: grams,
    }
    return price
  }

  async createFulfillment(): Promise<CreateFulfillmentResult> {
    return { data: {}, labels: [] }
  }

  async cancelFulfillment(): Promise<Record<string, unknown>> {
    return {}
  }

  async createReturnFulfillment(): Promise<CreateFulfillmentResult> {
    return { data: {}, labels: [] }
  }
}
