/**
 * The delivery options the shop prices by weight (shared/freight.ts) and how
 * each one is told apart: the shipping option type's `code`, its freight class
 * and its service. The seed creates them; the fulfillment provider `freight`
 * prices them; the storefront labels them (weight, days) by the same codes.
 */
import { EXPRESS_MAX_GRAMS, type FreightClass, type FreightService } from "./freight"

export type WeighedOption = { service: FreightService; freight_class: FreightClass }

export const WEIGHED_OPTIONS: Record<string, WeighedOption> = {
  standard: { service: "express", freight_class: "ambient" },
  "cold-chain": { service: "express", freight_class: "cold_chain" },
  freight: { service: "freight", freight_class: "ambient" },
  "freight-chilled": { service: "freight", freight_class: "cold_chain" },
}

/** The shipping-option context key holding a cart's parcel weight (grams) of one class. */
export const PARCEL_GRAMS_CONTEXT_KEY: Record<FreightClass, string> = {
  ambient: "parcel_grams_ambient",
  cold_chain: "parcel_grams_cold_chain",
}

/** Why express refuses a parcel (the buyer reads it). */
export function expressTooHeavyMessage(weightGrams: number): string {
  return `包裹约 ${Math.ceil(weightGrams / 1000)} 公斤，超过快递上限 ${EXPRESS_MAX_GRAMS / 1000} 公斤，请选择物流专线或冷链专线`
}

/** "约 12.5 公斤" style weight for the checkout (grams to kilograms, one decimal). */
export function kilograms(weightGrams: number): string {
  return (Math.round(weightGrams / 100) / 10).toString()
}
