import type { BulkOrderParcel } from "@http/bulk-order"
import { formatYuan } from "@shared/money"
import { t } from "@/lib/messages"
import styles from "@/modules/common/shop.module.css"
import bulk from "../../bulk.module.css"

/** A mobile as a list shows it: 138****8000 (the whole number is on the parcel's label). */
function masked(mobile: string): string {
  return mobile.length >= 7 ? `${mobile.slice(0, 3)}****${mobile.slice(-4)}` : mobile
}

const label = (group: string, key: string) => {
  try {
    return t(`bulk.${group}.${key}`)
  } catch {
    return key
  }
}

/** Each recipient's parcel: order number, recipient, masked mobile, address, items, statuses. */
export function BulkOrderParcels({ parcels }: { parcels: BulkOrderParcel[] }) {
  return (
    <section className={styles.card} aria-labelledby="bulk-parcels-heading">
      <h2 id="bulk-parcels-heading">
        {t("bulk.detail.parcelsHeading", { count: parcels.length })}
      </h2>
      <ul className={bulk.parcels} data-testid="bulk-parcels">
        {parcels.map((parcel) => (
          <li key={parcel.id} className={bulk.parcel} data-testid="bulk-parcel">
            <h3>{t("bulk.detail.order", { number: parcel.display_id })}</h3>
            <dl className={bulk.facts}>
              <dt>{t("bulk.detail.recipient")}</dt>
              <dd data-testid="bulk-parcel-recipient">{parcel.recipient}</dd>
              <dt>{t("bulk.detail.mobile")}</dt>
              <dd>{masked(parcel.mobile)}</dd>
              <dt>{t("bulk.detail.address")}</dt>
              <dd>{parcel.address}</dd>
              <dt>{t("bulk.detail.items")}</dt>
              <dd>
                {parcel.items.map((item, i) => (
                  <span key={i}>
                    {t("bulk.detail.itemLine", { title: item.title, quantity: item.quantity })}
                    <br />
                  </span>
                ))}
              </dd>
              <dt>{t("bulk.list.amount")}</dt>
              <dd>{formatYuan(parcel.total)}</dd>
              <dt>{t("bulk.detail.orderStatus")}</dt>
              <dd data-testid="bulk-parcel-status">{label("orderStatus", parcel.status)}</dd>
              <dt>{t("bulk.detail.payment")}</dt>
              <dd data-testid="bulk-parcel-payment" data-status={parcel.payment_status}>
                {label("payment", parcel.payment_status)}
              </dd>
              <dt>{t("bulk.detail.shipment")}</dt>
              <dd data-testid="bulk-parcel-shipment">
                {label("shipment", parcel.fulfillment_status)}
              </dd>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  )
}
