import type { Metadata } from "next"
import { messagesOf, t } from "@/lib/messages"
import styles from "@/modules/common/shop.module.css"
import { WechatPayReturn } from "@/modules/checkout/components/wechat-pay-return"

export const dynamic = "force-dynamic"

export const metadata: Metadata = {
  title: t("checkout.wechatpay.heading"),
  robots: { index: false },
}

/** Where WeChat's H5 payment sends the buyer back (`redirect_url`): waits for the payment. */
export default function WechatPayReturnPage() {
  return (
    <div className={styles.page}>
      <WechatPayReturn messages={messagesOf("checkout")} />
    </div>
  )
}
