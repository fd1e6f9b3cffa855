import Link from "next/link"
import { removeLine } from "@/lib/actions/cart"
import { formatYuan } from "@shared/money"
import type { StoreCartLineItem } from "@/lib/data/cart"
import { storageOfItem } from "@/lib/data/fulfillment"
import { t } from "@/lib/messages"
import styles from "@/modules/common/shop.module.css"
import { QuantityForm } from "./quantity-form"

/** A cart line: picture, product (with its storage), unit price, Medusa's line total, quantity and remove. */
export function CartLine({ item }: { item: StoreCartLineItem }) {
  const storage = storageOfItem(item)
  const title = `${item.product_title ?? item.title} ${item.variant_title ?? ""}`.trim()
  return (
    <li className={styles.line} data-testid="cart-line">
      {item.thumbnail ? (
        // eslint-disable-next-line @next/next/no-img-element -- the backend's own file URL as uploaded; next/image would proxy it through /_next/image
        <img
          src={item.thumbnail}
          alt=""
          className={styles.thumb}
          width={72}
          height={72}
          loading="lazy"
        />
      ) : (
        <span className={styles.thumb} aria-hidden="true" />
      )}
      <div>
        <p className={styles.lineTitle}>
          {item.product_handle ? (
            <Link href={`/products/${item.product_handle}`}>
              {item.product_title ?? item.title}
            </Link>
          ) : (
            (item.product_title ?? item.title)
          )}
          <span className={`${styles.badge} ${storage === "cold_chain" ? styles.badgeCold : ""}`}>
            {t(`cart.storage.${storage}`)}
          </span>
        </p>
        <p className={styles.lineMeta}>
          {item.variant_title} · {t("cart.unitPrice")} {formatYuan(item.unit_price)}
        </p>
        <p className={styles.lineMeta}>
          {t("cart.lineTotal")} <strong data-testid="line-total">{formatYuan(item.total)}</strong>
        </p>
        <div className={styles.lineActions}>
          <QuantityForm
            lineId={item.id}
            quantity={item.quantity}
            labels={{
              quantity: t("cart.quantityOf", { title }),
              update: t("cart.update"),
            }}
          />
          <form action={removeLine}>
            <input type="hidden" name="line_id" value={item.id} />
            <button
              type="submit"
              className={styles.linkButton}
              aria-label={t("cart.removeItem", { title })}
            >
              {t("cart.remove")}
            </button>
          </form>
        </div>
      </div>
    </li>
  )
}
