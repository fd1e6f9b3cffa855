import type { Metadata } from "next"
import { retrieveCart } from "@/lib/data/cart"
import { jsapiViewOf } from "@/lib/checkout/online-session"
import { messagesOf, t } from "@/lib/messages"
import styles from "@/modules/common/shop.module.css"
import { WechatPayment } from "@/modules/checkout/components/wechat-payment"

export const dynamic = "force-dynamic"

export const metadata: Metadata = {
  title: t("checkout.wechatpay.heading"),
  robots: { index: false },
}

/** Why the callback could not open WeChat's payment sheet (its reason codes). */
const FAILURES: Record<string, string> = {
  state: "checkout.wechatpay.oauthState",
  expired: "checkout.wechatpay.oauthExpired",
  error: "checkout.wechatpay.oauthError",
}

/**
 * Inside WeChat's browser, after the 网页授权: WeChat's payment sheet opens
 * for the cart's JSAPI session; the page waits for the money and moves on to
 * the order by itself. A failed authorization says why, in Chinese.
 */
export default async function WechatJsapiPage({
  searchParams,
}: {
  searchParams: Promise<{ failed?: string }>
}) {
  const { failed } = await searchParams
  const view = failed ? null : jsapiViewOf(await retrieveCart())
  return (
    <div className={styles.page}>
      {view ? (
        <WechatPayment initial={view} messages={messagesOf("checkout")} />
      ) : (
        <section className={styles.card} data-testid="wechat-jsapi-failed">
          <h1 className={styles.title}>{t("checkout.wechatpay.heading")}</h1>
          <p role="alert" className={styles.formError}>
            {t(FAILURES[failed ?? ""] ?? "checkout.wechatpay.jsapiMissing")}
          </p>
          <a href="/checkout">{t("checkout.wechatpay.back")}</a>
        </section>
      )}
    </div>
  )
}
