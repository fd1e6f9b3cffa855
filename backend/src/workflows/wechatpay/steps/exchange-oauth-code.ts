import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WECHAT_OAUTH_MODULE, type WechatOauthModuleService } from "../../../modules/wechat-oauth"

export const exchangeWechatOauthCodeStepId = "exchange-wechat-oauth-code"

/**
 * WeChat's 网页授权 `code` → the buyer's openid, asked by the server with the
 * AppSecret. Writes nothing (WeChat uses the code up either way), so there
 * is nothing to undo.
 */
export const exchangeWechatOauthCodeStep = createStep(
  exchangeWechatOauthCodeStepId,
  async (input: { code: string }, { container }) => {
    const oauth = container.resolve<WechatOauthModuleService>(WECHAT_OAUTH_MODULE)
    return new StepResponse(await oauth.openidFor(input.code))
  }
)
