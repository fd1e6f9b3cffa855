import { pinyin } from "pinyin-pro"
import { chineseWords } from "./chinese-words"

/**
 * Pinyin for the search engine: what a buyer types on a phone keyboard
 * without choosing characters ("miyou", "simiao"), or only the first letters
 * of the syllables ("my", "mxjy").
 *
 * Every pinyin key starts with PINYIN_MARK. A token of letters and digits is
 * a `numword` to PostgreSQL's parser, which the English configuration does
 * not stem, so "qingming" stays "qingming" (not "qingm") and a prefix query
 * ("1qingm:*") finds it; other engines simply store the marked word. Keys
 * never collide with Chinese words or the shop's own English text.
 */
export const PINYIN_MARK = "1"

const HAN = /\p{Script=Han}/u
const LATIN = /^[a-z]+$/

/** Toneless syllables of a Chinese word ("蜜柚" → ["mi", "you"]); letters stay as they are. */
export function syllables(word: string): string[] {
  if (!HAN.test(word)) return LATIN.test(word) ? [word] : []
  return pinyin(word, { toneType: "none", type: "array", nonZh: "removed", v: true })
    .map((s) => s.toLowerCase().replace(/[^a-z]/g, ""))
    .filter(Boolean)
}

/**
 * The pinyin keys of a text (a title, a partner's or a town's name, a
 * synonym), unmarked: each syllable, each word's full pinyin and initials
 * (and their starts at each syllable, for a word typed short),
 * and the full pinyin and initials from every syllable to the end of the
 * text, so a buyer may start typing at any syllable ("梅县红肉蜜柚" →
 * meixianhongroumiyou, hongroumiyou, …, miyou; mxhrmy, …, my).
 */
export function pinyinKeys(text: string | null | undefined): string[] {
  if (!text) return []
  const keys = new Set<string>()
  const all: string[] = []
  for (const word of chineseWords(text)) {
    const parts = syllables(word)
    if (!parts.length) continue
    all.push(...parts)
    for (const part of parts) keys.add(part)
    // the word's pinyin up to each of its syllables (丙村镇 → bingcun, bingcunzhen; bc, bcz)
    for (let end = 2; end <= parts.length; end++) {
      keys.add(parts.slice(0, end).join(""))
      keys.add(
        parts
          .slice(0, end)
          .map((s) => s[0])
          .join("")
      )
    }
  }
  for (let i = 0; i < all.length; i++) {
    const rest = all.slice(i)
    keys.add(rest.join(""))
    if (rest.length > 1) keys.add(rest.map((s) => s[0]).join(""))
  }
  return [...keys]
}

/** The marked pinyin keys of several texts for a document, joined by spaces. */
export function pinyinWords(...texts: (string | null | undefined)[]): string {
  const all = new Set<string>()
  for (const text of texts) for (const key of pinyinKeys(text)) all.add(PINYIN_MARK + key)
  return [...all].join(" ")
}

/**
 * A buyer's query as pinyin parts: letters as typed (lowercase), Chinese
 * words as their toneless pinyin ("蓝梅" → "lanmei", matching 蓝莓 by
 * sound), split where the buyer put a space or the script changes
 * ("梅县miyou" → ["meixian", "miyou"]). Single letters typed with spaces
 * ("m x j y") are initials and run together ("mxjy").
 */
export function pinyinParts(query: string): string[] {
  const parts: string[] = []
  for (const word of chineseWords(query.toLowerCase())) {
    const joined = syllables(word).join("")
    if (joined) parts.push(joined)
  }
  if (parts.length > 1 && parts.every((p) => p.length === 1)) return [parts.join("")]
  return parts
}

/** The query's pinyin parts with the mark, as the engine's words. */
export function markedPinyin(parts: string[]): string {
  return parts.map((p) => PINYIN_MARK + p).join(" ")
}
