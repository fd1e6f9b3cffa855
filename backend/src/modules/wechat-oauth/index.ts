import { Module } from "@medusajs/framework/utils"
import WechatOauthModuleService from "./service"

export const WECHAT_OAUTH_MODULE = "wechat_oauth"

/** 微信网页授权 (snsapi_base): the buyer's openid for JSAPI pay (docs/payments.md). */
export default Module(WECHAT_OAUTH_MODULE, {
  service: WechatOauthModuleService,
})

export type { WechatOauthModuleService }
export type { WechatOauthOptions } from "./options"
