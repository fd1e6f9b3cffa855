import { removePromotionCode } from "@/lib/actions/cart"
import type { StoreCart } from "@/lib/data/cart"
import { t } from "@/lib/messages"
import styles from "@/modules/common/shop.module.css"

/** The promotion codes the buyer entered (not Medusa's automatic ones), each with a remove button. */
export function AppliedPromotions({ cart }: { cart: StoreCart }) {
  const codes = (cart.promotions ?? []).flatMap((p) =>
    p.code && !p.is_automatic ? [{ id: p.id, code: p.code }] : []
  )
  if (!codes.length) return null
  return (
    <>
      <p className={styles.hint}>{t("cart.promo.applied")}</p>
      <ul className={styles.chips} data-testid="applied-promotions">
        {codes.map(({ id, code }) => (
          <li key={id} className={styles.chip}>
            {code}
            <form action={removePromotionCode}>
              <input type="hidden" name="code" value={code} />
              <button
                type="submit"
                className={styles.linkButton}
                aria-label={t("cart.promo.remove", { code })}
              >
                ×
              </button>
            </form>
          </li>
        ))}
      </ul>
    </>
  )
}
