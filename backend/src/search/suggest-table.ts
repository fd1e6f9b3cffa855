import type { StoreSearchSuggestion, SuggestionKind } from "../types/http/search"
import type { PinyinVocabulary } from "./forgiving"
import { pinyinKeys, pinyinParts } from "./pinyin"

/**
 * What the search box suggests while a buyer types, held in memory as a
 * sorted array of keys (a prefix is a binary search, never a scan): every
 * tail of each name by character (蜜柚 finds 梅县红肉蜜柚), and the name's
 * pinyin keys (miy, my, meixian…). Products carry their sales channels.
 */
export type SuggestionEntry = StoreSearchSuggestion & {
  /** the entry's identity across versions of the table (`kind:source id`), for patches */
  id?: string
  sales_channel_ids?: string[]
  /** names of the product's family (synonyms.ts familyNamesOf), matched after its own name */
  family?: string[]
  /** pinyin keys by name (the text's, each family name's), when computed beforehand */
  pinyin?: Record<string, string[]>
}

type Key = { key: string; entry: number; rank: number }

/** How a key matched, best first: start of the name, inside it, by pinyin. */
const RANK_START = 0
const RANK_INSIDE = 1
const RANK_PINYIN = 2
const RANK_FAMILY = 3
const KIND_ORDER: Record<SuggestionKind, number> = { product: 0, category: 1, town: 2, partner: 3 }

/** Visited keys per lookup at most, so a one-letter prefix stays as quick as a long one. */
const MAX_VISITS = 600

const COLLATOR = new Intl.Collator("zh-CN")
const LETTERS = "abcdefghijklmnopqrstuvwxyz"

/**
 * Pinyin keys by name, kept from one table to the next: a rebuild after a
 * change computes only the names that changed (pinyin is most of the cost).
 */
let keysByText = new Map<string, string[]>()

/** Every string one edit from `part`: a letter changed, removed, added, or two swapped. */
function oneEditAway(part: string): { candidate: string; order: number }[] {
  const out: { candidate: string; order: number }[] = []
  for (let i = 0; i < part.length; i++) {
    for (const c of LETTERS)
      if (c !== part[i]) out.push({ candidate: part.slice(0, i) + c + part.slice(i + 1), order: 0 })
    if (i + 1 < part.length && part[i] !== part[i + 1]) {
      out.push({
        candidate: part.slice(0, i) + part[i + 1] + part[i] + part.slice(i + 2),
        order: 0,
      })
    }
  }
  for (let i = 0; i <= part.length; i++) {
    for (const c of LETTERS) out.push({ candidate: part.slice(0, i) + c + part.slice(i), order: 1 })
  }
  for (let i = 0; i < part.length; i++)
    out.push({ candidate: part.slice(0, i) + part.slice(i + 1), order: 2 })
  return out
}

function lowerBound(keys: Key[], prefix: string): number {
  let lo = 0
  let hi = keys.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (keys[mid].key < prefix) lo = mid + 1
    else hi = mid
  }
  return lo
}

const byKey = (a: Key, b: Key) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.rank - b.rank)

/** The keys of one entry: every tail of its name, its pinyin keys, its family's names and keys. */
function keysOf(entry: SuggestionEntry, index: number, known: Map<string, string[]>): Key[] {
  const keys: Key[] = []
  const pinyinOf = (name: string) => {
    const found =
      entry.pinyin?.[name] ?? known.get(name) ?? keysByText.get(name) ?? pinyinKeys(name)
    keysByText.set(name, found)
    return found
  }
  const chars = Array.from(entry.text.toLowerCase())
  for (let i = 0; i < chars.length; i++) {
    keys.push({ key: chars.slice(i).join(""), entry: index, rank: i ? RANK_INSIDE : RANK_START })
  }
  for (const key of pinyinOf(entry.text)) keys.push({ key, entry: index, rank: RANK_PINYIN })
  for (const name of entry.family ?? []) {
    for (const key of [name, ...pinyinOf(name)]) keys.push({ key, entry: index, rank: RANK_FAMILY })
  }
  return keys
}

export class SuggestTable implements PinyinVocabulary {
  private readonly keys: Key[]
  /** entry index by entry id; entries replaced by a patch stay in `entries`, unreachable */
  private readonly slots: Map<string, number>

  constructor(
    readonly entries: SuggestionEntry[],
    prepared?: { keys: Key[]; slots: Map<string, number> }
  ) {
    if (prepared) {
      this.keys = prepared.keys
      this.slots = prepared.slots
      return
    }
    const known = keysByText
    keysByText = new Map()
    this.keys = entries.flatMap((entry, index) => keysOf(entry, index, known))
    this.keys.sort(byKey)
    this.slots = new Map(entries.flatMap((entry, index) => (entry.id ? [[entry.id, index]] : [])))
  }

  /** How many entries can still be found (patches leave replaced ones behind). */
  get live(): number {
    return this.slots.size
  }

  /**
   * A new table with the entries of `changed` (by id) replaced, added or,
   * for null, removed: the kept keys are filtered and the new ones merged
   * in, one pass, without sorting the whole table again.
   */
  patched(changed: Map<string, SuggestionEntry | null>): SuggestTable {
    const entries = [...this.entries]
    const slots = new Map(this.slots)
    const gone = new Set<number>()
    const fresh: Key[] = []
    for (const [id, entry] of changed) {
      const old = slots.get(id)
      if (old !== undefined) gone.add(old)
      slots.delete(id)
      if (!entry) continue
      slots.set(id, entries.length)
      fresh.push(...keysOf({ ...entry, id }, entries.length, keysByText))
      entries.push({ ...entry, id })
    }
    fresh.sort(byKey)
    const keys: Key[] = []
    let j = 0
    for (const key of this.keys) {
      if (gone.has(key.entry)) continue
      while (j < fresh.length && byKey(fresh[j], key) < 0) keys.push(fresh[j++])
      keys.push(key)
    }
    while (j < fresh.length) keys.push(fresh[j++])
    return new SuggestTable(entries, { keys, slots })
  }

  /** Up to `limit` suggestions for what the buyer typed, in the buyer's sales channels. */
  lookup(typed: string, channels: string[], limit: number): StoreSearchSuggestion[] {
    const compact = typed.toLowerCase().replace(/\s+/g, "")
    const sound = pinyinParts(typed).join("")
    const best = new Map<number, number>()
    const visit = (prefix: string, floor: number) => {
      if (!prefix) return
      let visits = 0
      for (let i = lowerBound(this.keys, prefix); i < this.keys.length; i++) {
        const { key, entry, rank } = this.keys[i]
        if (!key.startsWith(prefix) || ++visits > MAX_VISITS) break
        const score = Math.max(rank, floor)
        if ((best.get(entry) ?? Infinity) > score) best.set(entry, score)
      }
    }
    visit(compact, RANK_START)
    if (sound && sound !== compact) visit(sound, RANK_PINYIN)
    const allowed = new Set(channels)
    return [...best.entries()]
      .map(([index, score]) => ({ entry: this.entries[index], score }))
      .filter(
        ({ entry }) =>
          !entry.sales_channel_ids || entry.sales_channel_ids.some((c) => allowed.has(c))
      )
      .sort(
        (a, b) =>
          a.score - b.score ||
          KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind] ||
          a.entry.text.length - b.entry.text.length ||
          COLLATOR.compare(a.entry.text, b.entry.text)
      )
      .slice(0, limit)
      .map(({ entry }) => ({ text: entry.text, kind: entry.kind, handle: entry.handle }))
  }

  hasPrefix(part: string): boolean {
    const i = lowerBound(this.keys, part)
    return i < this.keys.length && this.keys[i].key.startsWith(part)
  }

  /**
   * Key prefixes one edit away from `part` (every edit of it, each looked up
   * by binary search): a letter wrong or two swapped first, then one
   * missing, then one extra (the shorter prefix matches more); among equals,
   * the prefix of the most keys.
   */
  corrections(part: string): string[] {
    const found = new Map<string, { order: number; count: number }>()
    for (const { candidate, order } of oneEditAway(part)) {
      if (!candidate || found.has(candidate)) continue
      const count = this.countPrefix(candidate)
      if (count) found.set(candidate, { order, count })
    }
    return [...found.entries()]
      .sort(([a, x], [b, y]) => x.order - y.order || y.count - x.count || a.localeCompare(b))
      .map(([prefix]) => prefix)
  }

  private countPrefix(prefix: string): number {
    return lowerBound(this.keys, prefix + "\uffff") - lowerBound(this.keys, prefix)
  }
}
