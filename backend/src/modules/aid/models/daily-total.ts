import { model } from "@medusajs/framework/utils"

export const TOTAL_LEVELS = ["all", "town", "partner"] as const
export type TotalLevel = (typeof TOTAL_LEVELS)[number]

/**
 * The ledger summed per China-time day, at three levels (all sales, per town,
 * per partner) and per buyer kind. Kept up to date in the same transaction as
 * the entries it sums, so reports read a few thousand rows instead of millions.
 * Unit purchases are kept apart per unit (`unit_id`), for the units' report.
 * `orders` counts orders placed minus orders canceled on that day; keeping one
 * row per level keeps that count exact (an order with two partners of one town
 * is one order for the town).
 */
const AidDailyTotal = model
  .define("aid_daily_total", {
    id: model.id({ prefix: "aiddt" }).primaryKey(),
    day: model.text(),
    level: model.enum([...TOTAL_LEVELS]),
    town_id: model.text().default(""),
    partner_id: model.text().default(""),
    buyer_kind: model.text(),
    /** the unit (单位) of unit purchases, "" for consumers' */
    unit_id: model.text().default(""),
    amount: model.bigNumber(),
    quantity: model.number().default(0),
    orders: model.number().default(0),
  })
  .indexes([
    {
      on: ["day", "level", "town_id", "partner_id", "buyer_kind", "unit_id"],
      unique: true,
    },
    { on: ["level", "day"] },
  ])

export default AidDailyTotal
