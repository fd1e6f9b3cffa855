import Link from "next/link"
import type { StoreUnitResponse } from "@http/unit"
import { formatYuan } from "@shared/money"
import type { StoreCart } from "@/lib/data/cart"
import { messagesOf, t } from "@/lib/messages"
import { QUOTE_REQUESTERS, reachesThreshold } from "@/lib/quotes/view"
import styles from "@/modules/common/shop.module.css"
import { QuoteRequestForm } from "./quote-request-form"

/**
 * 申请询价 on the cart page, for a 采购员 or 管理员 of a verified unit: the
 * form once the cart reaches the quote threshold and has a shipping address
 * and delivery option (the server checks them again and says why it refuses), else what is
 * missing. Nothing for anyone else.
 */
export function CartQuote({
  cart,
  membership,
  threshold,
}: {
  cart: StoreCart
  membership: StoreUnitResponse | null
  /** the quote threshold, yuan text */
  threshold: string
}) {
  if (!membership || membership.unit.status !== "verified") return null
  if (!QUOTE_REQUESTERS.includes(membership.role)) return null
  const reached = reachesThreshold(cart.total, threshold)
  const min = formatYuan(threshold)
  return (
    <section
      className={styles.card}
      aria-labelledby="quote-request-heading"
      data-testid="cart-quote"
    >
      <h2 id="quote-request-heading">{t("quote.request.heading")}</h2>
      {!reached ? (
        <p className={styles.hint} data-testid="cart-quote-below">
          {t("quote.request.below", { threshold: min, total: formatYuan(cart.total) })}
        </p>
      ) : !cart.shipping_address?.address_1 || !cart.shipping_methods?.length ? (
        <>
          <p className={styles.hint} data-testid="cart-quote-no-address">
            {t("quote.request.noAddress")}
          </p>
          <Link href="/checkout">{t("quote.request.toCheckout")}</Link>
        </>
      ) : (
        <>
          <p className={styles.hint}>{t("quote.request.intro", { threshold: min })}</p>
          <QuoteRequestForm messages={messagesOf("quote")} />
        </>
      )}
      <p>
        <Link href="/unit/quotes">{t("quote.request.view")}</Link>
      </p>
    </section>
  )
}
