import zhCN from "./zh-CN"

/** i18next namespace of the shop's admin extensions (kept apart from Medusa's "translation"). */
export const I18N_NAMESPACE = "meixian"

/**
 * Medusa's own dashboard texts the shop words differently. The dashboard
 * deep-merges these resources over its core translations (namespace
 * "translation"), so the order list and the order page read 待到账 for a
 * payment not captured yet (Medusa: 已授权 / 待处理, which look paid to the
 * support team: a 对公转账 order is authorized when it is placed) and 已到账
 * once it is captured (Medusa: 已收取).
 */
const dashboardZhCN = {
  orders: {
    payment: {
      status: {
        authorized: "待到账",
        pending: "待到账",
        captured: "已到账",
      },
    },
  },
}

/**
 * Translations of the admin extensions, loaded by Medusa from
 * src/admin/i18n/index.ts and merged into the dashboard's i18next resources.
 *
 * The shop's admin UI is Simplified Chinese only. "zhCN" is the dashboard's
 * code for 简体中文; the same messages are also registered for "en", the
 * dashboard's default and fallback language (a browser sending "zh-CN" also
 * falls back to it), so the pages read in Chinese whatever language is chosen.
 */
export default {
  zhCN: {
    [I18N_NAMESPACE]: zhCN,
    translation: dashboardZhCN,
  },
  en: {
    [I18N_NAMESPACE]: zhCN,
  },
}
