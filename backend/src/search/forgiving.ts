import { queryWords } from "./chinese-words"
import { markedPinyin, pinyinParts } from "./pinyin"

/**
 * A buyer's query as the engine queries to try, strictest first. The first
 * that finds anything answers (docs/search.md, "Queries that forgive"):
 *
 * 1. `words`: the Chinese words as typed, against titles, synonyms, origin
 *    and details (ranked in that order by the fields' weights);
 * 2. `pinyin`: the query as pinyin (letters as typed, characters by their
 *    sound, so 蓝梅 finds 蓝莓) against the documents' pinyin keys, the last
 *    part as a prefix; parts typed with spaces, then run together;
 * 3. `fuzzy`: the same with each letter part that matches no key replaced by
 *    the nearest key one letter away (a wrong, missing, extra or swapped
 *    letter), found in the vocabulary of keys.
 */
export type SearchTier = "words" | "pinyin" | "fuzzy"

export type TierQuery = { tier: SearchTier; q: string; match_strategy?: "last" }

/** The pinyin keys the index knows (see suggest-table.ts), for spelling corrections. */
export type PinyinVocabulary = {
  /** Whether some key starts with `part`. */
  hasPrefix(part: string): boolean
  /** Prefixes of keys one edit away from `part`, nearest and most frequent first. */
  corrections(part: string): string[]
}

/** The shortest letter part worth correcting: shorter ones are initials or too ambiguous. */
const MIN_CORRECTABLE = 3

export function searchTiers(raw: string, vocabulary?: PinyinVocabulary): TierQuery[] {
  const tiers: TierQuery[] = []
  const words = queryWords(raw)
  if (words) tiers.push({ tier: "words", q: words })

  const parts = pinyinParts(raw)
  if (!parts.length) return tiers
  const forms = [parts]
  if (parts.length > 1) forms.push([parts.join("")])
  for (const form of forms) {
    tiers.push({ tier: "pinyin", q: markedPinyin(form), match_strategy: "last" })
  }
  if (!vocabulary) return tiers

  for (const form of forms) {
    const corrected = form.map((part) =>
      part.length >= MIN_CORRECTABLE && !vocabulary.hasPrefix(part)
        ? (vocabulary.corrections(part)[0] ?? part)
        : part
    )
    if (corrected.some((part, i) => part !== form[i])) {
      tiers.push({ tier: "fuzzy", q: markedPinyin(corrected), match_strategy: "last" })
    }
  }
  return tiers
}

/**
 * Whether `a` and `b` are at most one edit apart (Damerau–Levenshtein with
 * a budget of one: one letter wrong, missing, extra, or two swapped).
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}
