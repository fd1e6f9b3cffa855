/**
 * The Notification Module, part of the root medusa-config.ts (which calls this
 * after loading the environment).
 */
export function notificationModule(env: NodeJS.ProcessEnv) {
  /**
   * Notifications: Medusa's local provider keeps the admin's feed (e.g. farms'
   * low-stock alerts). E-mail goes over SMTP when SMTP_HOST is set, SMS through
   * Tencent Cloud SMS when its keys are set (docs/notifications.md); a channel
   * without its service goes to the `outbox` provider, a development stand-in
   * that renders each message and logs it (backend/src/modules/notification-outbox).
   */
  const smtpProviders = env.SMTP_HOST
    ? [
        {
          resolve: "./src/modules/notification-smtp",
          id: "smtp",
          options: {
            channels: ["email"],
            host: env.SMTP_HOST,
            port: env.SMTP_PORT,
            secure: env.SMTP_SECURE,
            user: env.SMTP_USER,
            password: env.SMTP_PASSWORD,
            from: env.SMTP_FROM,
          },
        },
      ]
    : []
  const smsProviders =
    env.SMS_SECRET_ID && env.SMS_SECRET_KEY
      ? [
          {
            resolve: "./src/modules/notification-sms",
            id: "sms",
            options: {
              channels: ["sms"],
              provider: env.SMS_PROVIDER || "tencent",
              secretId: env.SMS_SECRET_ID,
              secretKey: env.SMS_SECRET_KEY,
              appId: env.SMS_APP_ID,
              signName: env.SMS_SIGN_NAME,
              templateIds: env.SMS_TEMPLATE_IDS,
              region: env.SMS_REGION,
              endpoint: env.SMS_ENDPOINT,
              apiBase: env.SMS_API_BASE,
            },
          },
        ]
      : []
  const outboxChannels = [
    ...(smtpProviders.length ? [] : ["email"]),
    ...(smsProviders.length ? [] : ["sms"]),
  ]
  return {
    resolve: "@medusajs/medusa/notification",
    options: {
      providers: [
        {
          resolve: "@medusajs/medusa/notification-local",
          id: "local",
          options: { name: "Local Notification Provider", channels: ["feed"] },
        },
        ...(outboxChannels.length
          ? [
              {
                resolve: "./src/modules/notification-outbox",
                id: "outbox",
                options: { channels: outboxChannels },
              },
            ]
          : []),
        ...smtpProviders,
        ...smsProviders,
      ],
    },
  }
}
