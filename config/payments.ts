/**
 * How long a provider's notification to `/hooks/payment/<provider>` is held
 * before it is processed (the payment module's `webhook_delay`, applied by
 * backend/src/api/hooks/queue-payment-webhook.ts), so that a notification
 * racing the storefront's own cart completion finds the order there. Medusa's
 * 5 s unless PAYMENT_WEBHOOK_DELAY_MS says otherwise (the tests take 1 s).
 */
export const DEFAULT_WEBHOOK_DELAY_MS = 5_000

export function webhookDelayMs(value: string | undefined): number {
  if (value === undefined || value === "") return DEFAULT_WEBHOOK_DELAY_MS
  const ms = /^\d{1,5}$/.test(value) ? Number(value) : NaN
  if (!(ms <= 60_000)) {
    throw new Error(
      `PAYMENT_WEBHOOK_DELAY_MS must be a whole number of ms from 0 to 60000, not "${value}"`
    )
  }
  return ms
}

/** The public addresses the providers send buyers and notifications to. */
export type PublicUrls = { storefrontUrl: string; backendUrl: string }

/**
 * Payments and what goes with them, part of the root medusa-config.ts (which
 * calls this after loading the environment): the payment module with its
 * providers, the WeChat 网页授权 module, and the online providers' options for
 * the reconciliation module's bill sources.
 */
export function paymentConfig(env: NodeJS.ProcessEnv, { storefrontUrl, backendUrl }: PublicUrls) {
  /**
   * Payments: Medusa's system provider, 对公转账 (bank transfer, always on) and,
   * when STRIPE_API_KEY is set, Stripe (STRIPE_API_BASE points the Stripe client
   * at another host, e.g. the local stand-in the tests use).
   */
  const stripeProviders = env.STRIPE_API_KEY
    ? [
        {
          resolve: "./src/modules/stripe-payments",
          id: "stripe",
          options: {
            apiKey: env.STRIPE_API_KEY,
            webhookSecret: env.STRIPE_WEBHOOK_SECRET,
            capture: true,
            automaticPaymentMethods: true,
            apiBase: env.STRIPE_API_BASE,
          },
        },
      ]
    : []
  /**
   * 微信支付 (WeChat Pay API v3, backend/src/modules/wechatpay): registered when
   * WECHATPAY_MCHID is set (docs/payments.md, docs/configuration.md);
   * WECHATPAY_API_BASE points it at another host (the tests' stand-in).
   */
  const wechatPayOptions = env.WECHATPAY_MCHID
    ? {
        mchid: env.WECHATPAY_MCHID,
        appid: env.WECHATPAY_APPID,
        merchantSerial: env.WECHATPAY_MERCHANT_SERIAL,
        privateKey: env.WECHATPAY_PRIVATE_KEY,
        // unset both: the platform certificates are downloaded (docs/payments.md)
        platformPublicKey: env.WECHATPAY_PLATFORM_PUBLIC_KEY || undefined,
        platformSerial: env.WECHATPAY_PLATFORM_SERIAL || undefined,
        apiV3Key: env.WECHATPAY_APIV3_KEY,
        notifyUrl: env.WECHATPAY_NOTIFY_URL,
        apiBase: env.WECHATPAY_API_BASE || undefined,
        expireMinutes: env.WECHATPAY_EXPIRE_MINUTES || undefined,
        siteName: env.WECHATPAY_SITE_NAME || "梅县消费帮扶商城",
        siteUrl: env.WECHATPAY_SITE_URL || storefrontUrl,
      }
    : null
  const wechatPayProviders = wechatPayOptions
    ? [{ resolve: "./src/modules/wechatpay", id: "wechatpay", options: wechatPayOptions }]
    : []
  /**
   * 微信网页授权 (snsapi_base) for JSAPI pay inside WeChat's browser
   * (backend/src/modules/wechat-oauth, docs/payments.md): registered when WeChat
   * Pay is and WECHATPAY_APP_SECRET (the 服务号's AppSecret) is set; without it
   * the checkout inside WeChat shows the QR code. WECHAT_OAUTH_AUTHORIZE_BASE and
   * WECHAT_OAUTH_API_BASE point it at other hosts (the tests' stand-in).
   */
  const wechatOauthModules =
    wechatPayOptions && env.WECHATPAY_APP_SECRET
      ? [
          {
            resolve: "./src/modules/wechat-oauth",
            options: {
              appid: env.WECHATPAY_APPID,
              appSecret: env.WECHATPAY_APP_SECRET,
              redirectUrl:
                env.WECHAT_OAUTH_REDIRECT_URL || `${storefrontUrl}/checkout/wechatpay/oauth`,
              authorizeBase: env.WECHAT_OAUTH_AUTHORIZE_BASE || undefined,
              apiBase: env.WECHAT_OAUTH_API_BASE || undefined,
            },
          },
        ]
      : []
  /**
   * 支付宝 (Alipay), when ALIPAY_APP_ID is set: 电脑网站支付 and 手机网站支付
   * (backend/src/modules/alipay, docs/payments.md). Keys are PEM files named by
   * ALIPAY_PRIVATE_KEY and ALIPAY_PUBLIC_KEY (公钥模式), or ALIPAY_APP_CERT,
   * ALIPAY_PUBLIC_CERT and ALIPAY_ROOT_CERT (证书模式); ALIPAY_GATEWAY points the client
   * at another gateway (e.g. the tests' local stand-in).
   */
  const alipayOptions = env.ALIPAY_APP_ID
    ? {
        appId: env.ALIPAY_APP_ID,
        privateKeyPath: env.ALIPAY_PRIVATE_KEY,
        alipayPublicKeyPath: env.ALIPAY_PUBLIC_KEY || undefined,
        // 证书模式 (instead of ALIPAY_PUBLIC_KEY): paths or PEM contents
        appCert: env.ALIPAY_APP_CERT || undefined,
        alipayPublicCert: env.ALIPAY_PUBLIC_CERT || undefined,
        alipayRootCert: env.ALIPAY_ROOT_CERT || undefined,
        gateway: env.ALIPAY_GATEWAY || undefined,
        notifyUrl: env.ALIPAY_NOTIFY_URL || `${backendUrl}/hooks/payment/alipay_alipay`,
        returnUrl: env.ALIPAY_RETURN_URL || `${storefrontUrl}/checkout/alipay-return`,
        timeoutMinutes: env.ALIPAY_TIMEOUT_MINUTES || undefined,
      }
    : null
  const alipayProviders = alipayOptions
    ? [{ resolve: "./src/modules/alipay", id: "alipay", options: alipayOptions }]
    : []
  const paymentModule = {
    resolve: "@medusajs/medusa/payment",
    options: {
      webhook_delay: webhookDelayMs(env.PAYMENT_WEBHOOK_DELAY_MS),
      providers: [
        {
          resolve: "./src/modules/bank-transfer",
          id: "bank-transfer",
          options: {
            accountName: env.BANK_TRANSFER_ACCOUNT_NAME,
            bankName: env.BANK_TRANSFER_BANK_NAME,
            accountNumber: env.BANK_TRANSFER_ACCOUNT_NUMBER,
            deadlineDays: env.BANK_TRANSFER_DEADLINE_DAYS,
          },
        },
        ...stripeProviders,
        ...wechatPayProviders,
        ...alipayProviders,
      ],
    },
  }
  const billSources = {
    ...(wechatPayOptions ? { wechatpay: wechatPayOptions } : {}),
    ...(alipayOptions ? { alipay: alipayOptions } : {}),
  }
  return { paymentModule, wechatOauthModules, billSources }
}
