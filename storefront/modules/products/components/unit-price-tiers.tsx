import type { StoreProduct } from "@/lib/catalog/types"
import { listMyUnitPrices } from "@/lib/data/units"
import { t } from "@/lib/messages"
import { formatYuan } from "@shared/money"
import { nextTier } from "@shared/unit-prices"

/**
 * What a member of a verified unit pays on the product page: each variant's
 * unit price and its tiers, with the next one ("满 50 箱 ¥60.00/箱"). Nothing
 * for anyone else (the server answers no tiers). The cart applies the tier of
 * each line's quantity itself (Medusa's price list).
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
        {prices.map(({ variant_id, tiers }) => {
          const next = nextTier(tiers, 1)
          return (
            <li key={variant_id} data-testid="unit-price" data-variant={variant_id}>
              <strong>{titleOf.get(variant_id) ?? ""}</strong>{" "}
              {tiers.map((tier) => (
                <span key={tier.min_quantity} className="unit-price-tier">
                  {tier.max_quantity === null
                    ? t("product.unitPrice.tier", {
                        min: tier.min_quantity,
                        price: formatYuan(tier.amount),
                      })
                    : t("product.unitPrice.tierRange", {
                        min: tier.min_quantity,
                        max: tier.max_quantity,
                        price: formatYuan(tier.amount),
                      })}
                </span>
              ))}
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
      <p className="hint">{t("product.unitPrice.note")}</p>
    </section>
  )
}
