import Link from "next/link"
import type { StoreAlipayStatus } from "@http/payments"
import { messagesOf, t } from "@/lib/messages"
import styles from "@/modules/common/shop.module.css"
import { AlipayStatus } from "../components/alipay-status"

/** Back from Alipay's cashier: the order's payment (polled until Alipay confirms it) and the way to the order. */
export function AlipayReturnTemplate({ status }: { status: StoreAlipayStatus | null }) {
  return (
    <div className={styles.page}>
      <h1 className={styles.title} data-testid="alipay-return">
        {t("checkout.alipay.returnTitle")}
      </h1>
      {status ? (
        <>
          <AlipayStatus initial={status} messages={messagesOf("checkout")} />
          <p>
            <Link
              href={`/order/${status.order_id}/confirmed`}
              className={styles.button}
              data-testid="alipay-order-link"
            >
              {t("checkout.alipay.viewOrder")}
            </Link>
          </p>
        </>
      ) : (
        <section className={styles.card}>
          <p data-testid="alipay-no-order">{t("checkout.alipay.noOrder")}</p>
          <p>
            <Link href="/account" className={styles.button}>
              {t("checkout.confirmed.login")}
            </Link>{" "}
            <Link href="/order/lookup" className={styles.button}>
              {t("checkout.confirmed.lookup")}
            </Link>
          </p>
        </section>
      )}
    </div>
  )
}
