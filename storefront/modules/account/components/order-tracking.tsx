import type { HttpTypes } from "@medusajs/types"
import { t } from "@/lib/messages"
import styles from "@/modules/common/shop.module.css"

/** A shipment's tracking label, as the store API answers it with the order's fulfillments. */
type TrackingLabel = { id: string; tracking_number: string; tracking_url?: string | null }

type Fulfillment = HttpTypes.StoreOrderFulfillment & { labels?: TrackingLabel[] | null }

/** The tracking numbers (and links) of the order's shipments. */
export function OrderTracking({ fulfillments }: { fulfillments: Fulfillment[] | undefined }) {
  const labels = (fulfillments ?? []).flatMap((f) => f.labels ?? [])
  return (
    <section className={styles.card} aria-labelledby="tracking-heading">
      <h2 id="tracking-heading">{t("account.orders.tracking")}</h2>
      {labels.length ? (
        <ul>
          {labels.map((label) => (
            <li key={label.id}>
              {t("account.orders.trackingNumber")} {label.tracking_number}
              {label.tracking_url && (
                <>
                  {" "}
                  <a href={label.tracking_url} rel="noopener noreferrer" target="_blank">
                    {t("account.orders.trackingLink")}
                  </a>
                </>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className={styles.hint}>{t("account.orders.noTracking")}</p>
      )}
    </section>
  )
}
