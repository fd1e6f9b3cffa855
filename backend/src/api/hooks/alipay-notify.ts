import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { IPaymentModuleService, Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, PaymentActions } from "@medusajs/framework/utils"
import { processPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { yuanString } from "../../shared/money"

/** The provider's id as Medusa's webhook route names it (`/hooks/payment/alipay_alipay`). */
export const ALIPAY_WEBHOOK_PROVIDER = "alipay_alipay"

/** Alipay stops re-sending a notification only when the body is exactly `success`. */
const answer = (res: MedusaResponse, status: number, body: "success" | "fail") =>
  res.status(status).type("text/plain").send(body)

/** The notification's form fields, exactly as sent (from the raw body when Medusa kept it). */
function formOf(req: MedusaRequest): Record<string, string> {
  const raw = req.rawBody as Buffer | string | undefined
  if (raw && raw.length) return Object.fromEntries(new URLSearchParams(raw.toString()))
  const body = (req.body ?? {}) as Record<string, unknown>
  return Object.fromEntries(
    Object.entries(body).filter((e): e is [string, string] => typeof e[1] === "string")
  )
}

type SessionRow = {
  id: string
  amount: unknown
  data: { out_trade_no?: string } | null
  payment?: { id: string; captured_at: Date | null; canceled_at: Date | null } | null
}

/**
 * Alipay's asynchronous notification (`POST /hooks/payment/alipay_alipay`,
 * the ALIPAY_NOTIFY_URL), handled here instead of by Medusa's webhook route,
 * which queues the event and answers `OK`: Alipay would then re-send it for
 * 25 hours, and a failed capture would never be retried by Alipay.
 *
 * The provider verifies the RSA2 signature and the app_id; then the
 * notification must name the session's current trade and its amount. A paid
 * trade is captured by Medusa's processPaymentWorkflow (which places the order
 * if the buyer's browser has not yet); a capture already made is not made
 * again; a trade paid for a payment already cancelled (its order cancelled) is
 * refunded through the provider's cancel (it closes or refunds the trade).
 * Answers `success` once handled, `fail` (400) when refused, `fail` (503)
 * when handling failed, so that Alipay tries again later.
 */
export async function handleAlipayNotification(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  if (!process.env.ALIPAY_APP_ID) return next()
  const logger = req.scope.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const payments = req.scope.resolve<IPaymentModuleService>(Modules.PAYMENT)
  const form = formOf(req)
  const result = await payments
    .getWebhookActionAndData({
      provider: ALIPAY_WEBHOOK_PROVIDER,
      payload: { data: form, rawData: req.rawBody as Buffer, headers: req.headers },
    })
    .catch(() => null)
  const sessionId = result?.data?.session_id
  if (!result || !sessionId) {
    logger.warn(
      `Alipay notification refused (signature, app or trade): ${form.out_trade_no ?? "-"}`
    )
    return answer(res, 400, "fail")
  }
  const [session] = (await payments.listPaymentSessions(
    { id: sessionId },
    { relations: ["payment"] }
  )) as unknown as SessionRow[]
  if (!session || session.data?.out_trade_no !== form.out_trade_no) {
    logger.warn(`Alipay notification for an unknown trade ${form.out_trade_no}`)
    return answer(res, 400, "fail")
  }
  if (result.action !== PaymentActions.SUCCESSFUL) return answer(res, 200, "success")
  const amount = yuanString(session.amount as string)
  if (yuanString(result.data!.amount as string) !== amount) {
    logger.error(
      `Alipay notification for ${form.out_trade_no}: paid ${form.total_amount}, due ${amount}`
    )
    return answer(res, 400, "fail")
  }
  try {
    const payment = session.payment
    if (payment?.captured_at) return answer(res, 200, "success")
    if (payment?.canceled_at) {
      await payments.cancelPayment(payment.id)
      return answer(res, 200, "success")
    }
    await processPaymentWorkflow(req.scope).run({
      input: { action: PaymentActions.SUCCESSFUL, data: { session_id: sessionId, amount } },
    })
    return answer(res, 200, "success")
  } catch (error) {
    logger.error(
      `Alipay notification for ${form.out_trade_no} not handled: ${(error as Error).message}`
    )
    return answer(res, 503, "fail")
  }
}
