import type { StoreProduct } from "@/lib/catalog/types"
import { listMyUnitPrices } from "@/lib/data/units"
import { t } from "@/lib/messages"
import { formatYuan } from "@shared/money"
import { nextEffectiveTier } from "@shared/unit-prices"
import { UnitTierList } from "./unit-tier-list"

/**
 * What a member of a verified unit pays on the product page: each variant's
 * unit tiers and its unit's negotiated tiers (协议价), with the next cheaper
 * quantity over both ("满 50 箱 ¥60.00/箱"). Nothing for anyone else (the
 * server answers no tiers). The cart applies the lower price of each line's
 * quantity itself (Medusa's price lists).
 */
export async function UnitPriceTiers({ product }: { product: StoreProduct }) {
  const prices = await listMyUnitPrices([product.id])
  if (prices.length === 0) return null
  const titleOf = new Map((product.variants ?? []).map((v) => [v.id, v.title]))
  return (
    <section
      className="unit-prices"
      data-testid="unit-prices"
      aria-label={t("product.unitPrice.title")}
    >
      <h2>{t("product.unitPrice.title")}</h2>
      <ul>
        {prices.map(({ variant_id, tiers, negotiated_tiers = [] }) => {
          const next = nextEffectiveTier(tiers, negotiated_tiers, 1)
          return (
            <li key={variant_id} data-testid="unit-price" data-variant={variant_id}>
              <strong>{titleOf.get(variant_id) ?? ""}</strong>{" "}
              {negotiated_tiers.length > 0 && (
                <span
                  className="unit-price-line unit-price-negotiated"
                  data-testid="negotiated-price"
                >
                  <em>{t("product.unitPrice.negotiated")}</em>{" "}
                  <UnitTierList tiers={negotiated_tiers} />
                </span>
              )}
              {tiers.length > 0 && (
                <span className="unit-price-line">
                  {negotiated_tiers.length > 0 && <em>{t("product.unitPrice.title")} </em>}
                  <UnitTierList tiers={tiers} />
                </span>
              )}
              {next && (
                <span className="unit-price-next" data-testid="unit-price-next">
                  {t("product.unitPrice.next", {
                    min: next.min_quantity,
                    price: formatYuan(next.amount),
                  })}
                </span>
              )}
            </li>
          )
        })}
      </ul>
      <p className="hint">
        {t(
          prices.some((p) => (p.negotiated_tiers ?? []).length > 0)
            ? "product.unitPrice.negotiatedNote"
            : "product.unitPrice.note"
        )}
      </p>
    </section>
  )
}
