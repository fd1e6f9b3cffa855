import type { UnitPriceTierInput } from "../../../types/http/unit-prices"

/**
 * Demo unit prices (单位价) for verified units' members, by SKU: a price from
 * the first box, a lower one from 50 boxes, the lowest from 200. Demo values,
 * each below the variant's retail price.
 */
export const UNIT_PRICES: { sku: string; tiers: UnitPriceTierInput[] }[] = [
  {
    sku: "SJ-RICE-SIMIAO-20J", // retail ¥128
    tiers: [
      { min_quantity: 1, amount: "122.00" },
      { min_quantity: 50, amount: "116.00" },
      { min_quantity: 200, amount: "110.00" },
    ],
  },
  {
    sku: "BD-RICE-SHRIMP-10J", // retail ¥78
    tiers: [
      { min_quantity: 1, amount: "74.00" },
      { min_quantity: 50, amount: "70.00" },
      { min_quantity: 200, amount: "66.00" },
    ],
  },
  {
    sku: "NK-OIL-PEANUT-5L", // retail ¥168
    tiers: [
      { min_quantity: 1, amount: "160.00" },
      { min_quantity: 50, amount: "152.00" },
    ],
  },
]
