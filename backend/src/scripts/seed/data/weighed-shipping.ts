import type { Storage } from "./types"

/**
 * Delivery priced by weight by the `freight` fulfillment provider
 * (shared/freight.ts): the express options that were flat (¥12 free from ¥99,
 * ¥25 free from ¥199, which the rule keeps for light parcels) and the
 * freight lines for heavy loads. Express is offered up to 50 kg.
 */
export type WeighedOptionSpec = {
  name: string
  code: "standard" | "cold-chain" | "freight" | "freight-chilled"
  label: string
  description: string
  profile: Storage
}

export const WEIGHED_SHIPPING_OPTIONS: WeighedOptionSpec[] = [
  {
    name: "标准快递",
    code: "standard",
    label: "标准快递",
    description: "顺丰/邮政常温快递，产地直发，2-4 天送达广州",
    profile: "ambient",
  },
  {
    name: "冷链配送",
    code: "cold-chain",
    label: "冷链配送",
    description: "生鲜冷链，全程 0-4℃，次日至 2 天送达",
    profile: "cold_chain",
  },
  {
    name: "物流专线",
    code: "freight",
    label: "物流专线",
    description: "整箱大宗货运，按重量计费，3-7 天送达，送货上门（单位食堂、仓库）",
    profile: "ambient",
  },
  {
    name: "冷链专线",
    code: "freight-chilled",
    label: "冷链专线",
    description: "大宗生鲜冷链货运，全程 0-4℃，按重量计费，2-4 天送达",
    profile: "cold_chain",
  },
]
