import Link from "next/link"
import type { StoreUnitResponse } from "@http/unit"
import type { StoreUnitPrice } from "@http/unit-prices"
import type { StoreProduct } from "@/lib/catalog/types"
import { variantPriceFen } from "@/lib/catalog/produce"
import type { StoreCustomer } from "@/lib/data/customer"
import { t } from "@/lib/messages"
import { AccountShell } from "@/modules/account/components/account-shell"
import styles from "@/modules/common/shop.module.css"
import { UnitTierList } from "@/modules/products/components/unit-tier-list"
import { formatFen } from "@shared/money"
import { UnitTabs } from "../components/unit-tabs"

/**
 * /unit/prices: what the unit's members pay, per variant: the retail price,
 * the unit's 协议价 and the unit tiers (the lower of the two applies for a
 * quantity, in the cart and in bulk orders). Nothing before the unit is verified.
 */
export function UnitPricesTemplate({
  customer,
  membership,
  prices,
  products,
}: {
  customer: StoreCustomer
  membership: StoreUnitResponse
  prices: StoreUnitPrice[]
  products: StoreProduct[]
}) {
  const byId = new Map(products.map((p) => [p.id, p]))
  const rows = prices
    .map((price) => {
      const product = byId.get(price.product_id)
      const variant = product?.variants?.find((v) => v.id === price.variant_id)
      return product && variant ? { price, product, variant } : null
    })
    .filter((row) => row !== null)
  const none = t("unit.prices.none")
  return (
    <AccountShell customer={customer} current="unit">
      <UnitTabs membership={membership} current="prices" />
      <section className={`${styles.card} unit-prices`} aria-labelledby="unit-prices-heading">
        <h1 id="unit-prices-heading" className={styles.title}>
          {t("unit.prices.title")}
        </h1>
        {membership.unit.status !== "verified" ? (
          <p className={styles.hint}>{t("unit.prices.notVerified")}</p>
        ) : rows.length === 0 ? (
          <p className={styles.hint}>{t("unit.prices.empty")}</p>
        ) : (
          <>
            <p className={styles.hint}>{t("unit.prices.intro")}</p>
            <table className={styles.table} data-testid="unit-price-table">
              <thead>
                <tr>
                  <th scope="col">{t("unit.prices.product")}</th>
                  <th scope="col">{t("unit.prices.variant")}</th>
                  <th scope="col">{t("unit.prices.retail")}</th>
                  <th scope="col">{t("unit.prices.negotiated")}</th>
                  <th scope="col">{t("unit.prices.unitPrice")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ price, product, variant }) => {
                  const retail = variantPriceFen(variant)
                  const negotiated = price.negotiated_tiers ?? []
                  return (
                    <tr key={variant.id} data-testid="unit-price-row" data-variant={variant.id}>
                      <td>
                        <Link href={`/products/${product.handle}`}>{product.title}</Link>
                      </td>
                      <td>{variant.title}</td>
                      <td>{retail === null ? none : formatFen(retail)}</td>
                      <td className="unit-price-negotiated" data-testid="unit-price-negotiated">
                        {negotiated.length ? <UnitTierList tiers={negotiated} /> : none}
                      </td>
                      <td data-testid="unit-price-shared">
                        {price.tiers.length ? <UnitTierList tiers={price.tiers} /> : none}
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </>
        )}
      </section>
    </AccountShell>
  )
}
