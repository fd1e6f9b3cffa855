import { t } from "@/lib/messages"
import { CompleteAfterRedirect } from "@/modules/checkout/components/complete-after-redirect"

export const dynamic = "force-dynamic"

/** Where Stripe sends buyers back after a redirect-based method (e.g. Alipay): completes the cart. */
export default function PaidPage() {
  return <CompleteAfterRedirect waiting={t("checkout.payment.paying")} />
}
