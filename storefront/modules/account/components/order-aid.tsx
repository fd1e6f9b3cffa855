import { formatYuan } from "@shared/money"
import type { StoreOrderAid } from "@http/aid"
import { t } from "@/lib/messages"
import styles from "@/modules/common/shop.module.css"

/** "您的购买帮扶了": the order's aid by town from the ledger, once the order is paid. */
export function OrderAidCard({ aid }: { aid: StoreOrderAid | null }) {
  return (
    <section className={styles.card} aria-labelledby="aid-heading" data-testid="order-aid">
      <h2 id="aid-heading">{t("account.aid.heading")}</h2>
      {aid && aid.towns.length ? (
        <>
          <p className={styles.hint}>{t("account.aid.intro")}</p>
          <table className={styles.table}>
            <tbody>
              {aid.towns.map((town) => (
                <tr key={town.town_id} data-testid="aid-town">
                  <th scope="row">{town.name}</th>
                  <td>{formatYuan(town.amount)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t("account.aid.total")}</th>
                <td>
                  <strong>{formatYuan(aid.total)}</strong>
                </td>
              </tr>
            </tbody>
          </table>
        </>
      ) : aid && !aid.paid ? (
        <p data-testid="aid-awaiting-payment">{t("account.aid.awaitingPayment")}</p>
      ) : (
        <p>{t("account.aid.pending")}</p>
      )}
    </section>
  )
}
