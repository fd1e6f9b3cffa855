import type * as JiebaPackage from "@node-rs/jieba"
import type { Jieba } from "@node-rs/jieba"
import type * as JiebaDict from "@node-rs/jieba/dict"

/**
 * Chinese text for the search engine.
 *
 * Chinese is written without spaces, and PostgreSQL's full-text parser (like
 * most engines' default tokenizers) treats a whole run of Han characters as
 * one word: "梅县金柚蜜柚" would only match the query "梅县金柚蜜柚". Documents
 * and queries are therefore segmented into words with jieba before they reach
 * the engine, both the same way, so "蜜柚" or "梅县 蜜柚" find that product.
 *
 * Place and produce names of the shop that jieba's general dictionary does
 * not know (it splits 丙村镇 into 丙 / 村镇) are added as words. Segmentation
 * uses the dictionary only (no HMM guessing of unknown words), so a sequence
 * the dictionary does not know falls apart into single characters the same
 * way in documents and in queries, and documents index every character too.
 */
const SHOP_WORDS = [
  // Towns of 梅县区 and their 镇 names
  "丙村",
  "丙村镇",
  "畲江",
  "畲江镇",
  "南口",
  "南口镇",
  "白渡",
  "白渡镇",
  "松源",
  "松源镇",
  "梅县",
  "梅县区",
  "梅州",
  "梅州市",
  // Produce and specialties
  "金柚",
  "蜜柚",
  "沙田柚",
  "红心柚",
  "丝苗米",
  "客家",
  "客家娘酒",
  "娘酒",
  "梅菜",
  "梅干菜",
  "樱桃番茄",
  "圣女果",
  "番薯",
  "红薯",
  "淮山",
  "茶油",
  "山茶油",
  "单丛",
  "绿茶",
  "炒绿",
  "腐竹",
  "笋干",
  "蜂蜜",
  "百香果",
  "嘉宝果",
  "盐焗鸡",
  "肉丸",
  "黄酒",
  "鹰嘴桃",
]

let segmenter: Jieba | null = null

/**
 * jieba with its dictionary, required at the first text segmented rather than
 * at start: the package reads its dictionary and IDF files (about 11 MiB of
 * Buffers) when imported, and a server that answers only the catalogue and
 * checkouts never segments anything (docs/production.md#memory). Synchronous,
 * as segmentation is.
 */
function jieba(): Jieba {
  if (!segmenter) {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const { Jieba } = require("@node-rs/jieba") as typeof JiebaPackage
    const { dict } = require("@node-rs/jieba/dict") as typeof JiebaDict
    /* eslint-enable @typescript-eslint/no-require-imports */
    segmenter = Jieba.withDict(dict)
    segmenter.loadDict(Buffer.from(SHOP_WORDS.map((word) => `${word} 100000 n`).join("\n")))
  }
  return segmenter
}

/** Letters and digits of any script; everything else (spaces, punctuation, "/") separates words. */
const WORD = /[\p{L}\p{N}]/u

function words(segments: string[]): string[] {
  return segments.map((w) => w.trim().toLowerCase()).filter((w) => w && WORD.test(w))
}

const HAN = /\p{Script=Han}/u

/**
 * The words of a document's text for indexing: every word; for long words,
 * the shorter words inside them (梅州市 → 梅州市 梅州 州市); and every Han
 * character on its own, so a query the segmenter cuts differently from the
 * document ("白渡湖" → 白渡 / 湖 against 白渡 / 湖镇) still finds it. Joined
 * by spaces, without repeats.
 */
export function indexWords(...texts: (string | null | undefined)[]): string {
  const all = new Set<string>()
  for (const text of texts) {
    if (!text) continue
    for (const word of words(jieba().cutForSearch(text, false))) {
      all.add(word)
      const chars = Array.from(word)
      if (chars.length > 1) for (const char of chars) if (HAN.test(char)) all.add(char)
    }
  }
  return [...all].join(" ")
}

/**
 * A buyer's query as words separated by spaces ("梅县蜜柚" → "梅县 蜜柚"),
 * matched against the words `indexWords` produced.
 */
export function queryWords(query: string): string {
  return chineseWords(query).join(" ")
}

/** The words of a text as the segmenter cuts it, lowercase, without spaces and punctuation. */
export function chineseWords(text: string): string[] {
  return words(jieba().cut(text, false))
}
