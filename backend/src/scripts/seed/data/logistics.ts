import type { StockLocationAddressInput } from "@medusajs/framework/types"
import type { Storage } from "./types"

/**
 * The shop's logistics: shipping profiles, the two stock locations and the
 * flat shipping options (pickup at the showroom, returns). Delivery priced by
 * weight is in ./weighed-shipping.ts.
 */

/** A stock location with its fulfillment set and the set's one service zone. */
export type LocationSpec = {
  name: string
  address: StockLocationAddressInput
  fulfillment_set: string
  zone: string
}

export const SHIPPING_PROFILES: Record<Storage, { name: string }> = {
  ambient: { name: "常温商品" },
  cold_chain: { name: "冷链商品" },
}

/** Where delivered orders leave from: each partner ships from its own farm. */
export const DISPATCH: LocationSpec = {
  name: "梅县产地直发",
  address: {
    address_1: "梅县区新城",
    city: "梅州市",
    province: "广东省",
    country_code: "cn",
  },
  fulfillment_set: "梅县产地直发配送",
  zone: "中国大陆",
}

/** The Guangzhou showroom where buyers pick up their orders. */
export const SHOWROOM: LocationSpec = {
  name: "广州展厅（梅县消费帮扶馆）",
  address: {
    address_1: "天河区天河路 100 号 梅县消费帮扶馆",
    city: "广州市",
    province: "广东省",
    postal_code: "510620",
    country_code: "cn",
  },
  fulfillment_set: "广州展厅自提",
  zone: "广州展厅",
}

export type OptionSpec = {
  name: string
  code: string
  label: string
  description: string
  profile: Storage
  where: "dispatch" | "showroom"
  amount: number
  /** a return option: goods sent back by the buyer, chosen by the support team */
  is_return?: boolean
}

export const SHIPPING_OPTIONS: OptionSpec[] = [
  {
    name: "广州展厅自提",
    code: "pickup",
    label: "广州展厅自提",
    description: "到广州天河梅县消费帮扶馆自提，到货后短信通知",
    profile: "ambient",
    where: "showroom",
    amount: 0,
  },
  {
    name: "广州展厅自提（冷藏）",
    code: "pickup-chilled",
    label: "广州展厅自提（冷藏）",
    description: "生鲜冷藏保存，到货后短信通知，请 48 小时内自提",
    profile: "cold_chain",
    where: "showroom",
    amount: 0,
  },
  {
    name: "退货寄回",
    code: "return",
    label: "退货寄回",
    description: "质量问题退货，买家按客服提供的地址寄回，运费由商城承担",
    profile: "ambient",
    where: "dispatch",
    amount: 0,
    is_return: true,
  },
  {
    name: "退货寄回（冷链）",
    code: "return-chilled",
    label: "退货寄回（冷链）",
    description: "生鲜质量问题退货，由冷链快递上门取件，运费由商城承担",
    profile: "cold_chain",
    where: "dispatch",
    amount: 0,
    is_return: true,
  },
]
