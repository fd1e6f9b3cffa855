import type { StoreAidImpactResponse } from "@http/aid"
import { formatFen, yuanToFen } from "@shared/money"

/** A town's aid sales and its share of all aid sales ("12.3%"), from the public impact figures. */
export function townShare(impact: StoreAidImpactResponse, townHandle: string) {
  const town = impact.towns.find((t) => t.handle === townHandle)
  if (!town) return null
  const amount = yuanToFen(town.amount) ?? 0
  const total = yuanToFen(impact.total) ?? 0
  // Per mille, rounded half up, in integers: one decimal of a percentage.
  const perMille = total > 0 ? Math.floor((2 * amount * 1000 + total) / (2 * total)) : 0
  return {
    name: town.name,
    amountFen: amount,
    amount: formatFen(amount),
    share: `${Math.floor(perMille / 10)}.${perMille % 10}%`,
  }
}
