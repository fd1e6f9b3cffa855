import zhCN from "./zh-CN"

/** i18next namespace of the shop's admin extensions (kept apart from Medusa's "translation"). */
export const I18N_NAMESPACE = "meixian"

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
  },
  en: {
    [I18N_NAMESPACE]: zhCN,
  },
}
