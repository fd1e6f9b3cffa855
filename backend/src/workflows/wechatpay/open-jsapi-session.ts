import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createPaymentSessionsWorkflow } from "@medusajs/medusa/core-flows"
import { WECHATPAY_PROVIDER_ID } from "../../types/http/wechatpay"
import { exchangeWechatOauthCodeStep } from "./steps/exchange-oauth-code"

export type OpenWechatJsapiSessionInput = {
  payment_collection_id: string
  customer_id?: string
  /** WeChat's 网页授权 code (the state was checked by the route) */
  code: string
}

/**
 * JSAPI pay inside WeChat's browser: the `code` WeChat gave the buyer is
 * exchanged for their openid (server side), and the cart's WeChat Pay
 * session is opened with it through Medusa's own session workflow (which
 * replaces the collection's earlier sessions and undoes itself on failure).
 * The openid never comes from the browser.
 */
export const openWechatJsapiSessionWorkflow = createWorkflow(
  "open-wechat-jsapi-session",
  (input: OpenWechatJsapiSessionInput) => {
    const openid = exchangeWechatOauthCodeStep({ code: input.code })
    const sessionInput = transform({ input, openid }, ({ input, openid }) => ({
      payment_collection_id: input.payment_collection_id,
      provider_id: WECHATPAY_PROVIDER_ID,
      customer_id: input.customer_id,
      data: { channel: "jsapi" as const, openid },
    }))
    const session = createPaymentSessionsWorkflow.runAsStep({ input: sessionInput })
    return new WorkflowResponse(session)
  }
)
