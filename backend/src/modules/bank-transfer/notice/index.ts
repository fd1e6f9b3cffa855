export { renderPaymentNotice } from "./render"
export type { PaymentNoticeInput, PaymentNoticeRow } from "./types"
export {
  assertNoticeFont,
  DEFAULT_NOTICE_FONT,
  DEFAULT_NOTICE_FONT_FACE,
  type NoticeFont,
  noticeFontFromEnv,
} from "./font"
