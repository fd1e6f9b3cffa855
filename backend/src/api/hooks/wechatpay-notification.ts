import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { IPaymentModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, PaymentActions } from "@medusajs/framework/utils"

/**
 * WeChat Pay's payment notifications (`POST /hooks/payment/wechatpay_wechatpay`)
 * are checked by the provider (signature, age, decryption) before Medusa
 * queues them. WeChat Pay retries what is not answered 2xx:
 * - refused (forged, altered, older than 5 minutes, not ours): 401 with
 *   `{ code: "FAIL", message }`, nothing queued;
 * - for a payment session that no longer exists (the cart changed and the
 *   order was closed; when it had been paid, the provider refunded it then):
 *   200, nothing queued, so nothing is captured;
 * - otherwise Medusa's route answers 200 and processes it after its delay.
 */
export async function verifyWechatPayNotification(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  if (!process.env.WECHATPAY_MCHID) return next()
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  let sessionId: string | undefined
  try {
    const result = await req.scope
      .resolve<IPaymentModuleService>(Modules.PAYMENT)
      .getWebhookActionAndData({
        provider: "wechatpay_wechatpay",
        payload: {
          data: req.body as Record<string, unknown>,
          rawData: req.rawBody,
          headers: req.headers as Record<string, string>,
        },
      })
    sessionId = result.action === PaymentActions.SUCCESSFUL ? result.data?.session_id : undefined
  } catch (error) {
    logger.warn(`WeChat Pay notification refused: ${(error as Error).message}`)
    res.status(401).json({ code: "FAIL", message: "签名验证失败" })
    return
  }
  if (sessionId) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "payment_session",
      fields: ["id"],
      filters: { id: sessionId },
    })
    if (!data.length) {
      logger.warn(
        `WeChat Pay notification for ${sessionId}, which no longer exists: acknowledged, not captured`
      )
      res.status(200).json({ code: "SUCCESS", message: "成功" })
      return
    }
  }
  next()
}
