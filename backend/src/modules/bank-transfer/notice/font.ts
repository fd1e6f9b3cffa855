import { existsSync } from "node:fs"

/** Debian's fonts-noto-cjk: a collection holding the SC, TC, JP and KR faces. */
export const DEFAULT_NOTICE_FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
/** The face of a collection (.ttc) to use, by its PostScript name: Simplified Chinese. */
export const DEFAULT_NOTICE_FONT_FACE = "NotoSansCJKsc-Regular"

/** The CJK font a payment notice is set in: a font file and, in a collection, the face. */
export type NoticeFont = { path: string; face?: string }

/**
 * The notice's font from the environment: PAYMENT_NOTICE_FONT (a .ttf, .otf
 * or .ttc with Chinese glyphs; default Debian's Noto Sans CJK) and, for a
 * collection, PAYMENT_NOTICE_FONT_FACE (its PostScript name; default
 * NotoSansCJKsc-Regular).
 */
export function noticeFontFromEnv(env: NodeJS.ProcessEnv = process.env): NoticeFont {
  const path = env.PAYMENT_NOTICE_FONT?.trim() || DEFAULT_NOTICE_FONT
  const face =
    env.PAYMENT_NOTICE_FONT_FACE?.trim() ||
    (path.toLowerCase().endsWith(".ttc") ? DEFAULT_NOTICE_FONT_FACE : undefined)
  return { path, face }
}

/** Refuses a font file that is not there, saying how to fix it. */
export function assertNoticeFont(font: NoticeFont): void {
  if (!existsSync(font.path)) {
    throw new Error(
      `The payment notice (付款通知书) needs a CJK font: "${font.path}" was not found. ` +
        `Install Debian's fonts-noto-cjk or set PAYMENT_NOTICE_FONT to a .ttf/.otf/.ttc font ` +
        `with Chinese glyphs (and PAYMENT_NOTICE_FONT_FACE to the face of a .ttc).`
    )
  }
}
