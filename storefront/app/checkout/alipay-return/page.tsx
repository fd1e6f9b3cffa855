import type { Metadata } from "next"
import { alipayOrderId } from "@/lib/checkout/online-session"
import { alipayStatusOf } from "@/lib/data/online-payments"
import { t } from "@/lib/messages"
import { ORDER_ID } from "@/lib/order/status"
import { AlipayReturnTemplate } from "@/modules/order/templates/alipay-return-template"

export const dynamic = "force-dynamic"

export const metadata: Metadata = {
  title: t("checkout.alipay.returnTitle"),
  robots: { index: false },
}

/**
 * Where Alipay sends the buyer back after paying (ALIPAY_RETURN_URL). Its
 * query parameters are informative only: the order is the one this browser
 * last sent to Alipay, and its state is Alipay's word through the shop.
 */
export default async function AlipayReturnPage() {
  const orderId = await alipayOrderId()
  const status = orderId && ORDER_ID.test(orderId) ? await alipayStatusOf(orderId) : null
  return <AlipayReturnTemplate status={status} />
}
