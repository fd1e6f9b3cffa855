/**
 * Reading a bank credit the way a person would: the reference code somewhere
 * in its 附言, and the payer's account name compared with the one expected.
 * Pure: unit-tested in tests/unit/remittance-matching.test.ts.
 */

/** Full-width forms to half-width (ＭＸ２０２６ → MX2026, （ → (), compatibility forms folded. */
const fold = (text: string) => text.normalize("NFKC")

/**
 * The reference codes in a 附言, normalised (upper case, no spaces), in the
 * order they appear, each once. Tolerant of full-width characters, lower
 * case, spaces and dashes inside the code (`mx2026 1129-k7qf 3p`) and of any
 * text around it (`货款 MX20261129K7QF3P 谢谢`). `patterns` are the shapes of
 * the codes the resolvers know (anchored, e.g. /^MX\d{8}[2-9A-HJKMNP-Z]{6}$/).
 */
export function findReferences(remark: string | null | undefined, patterns: RegExp[]): string[] {
  if (!remark) return []
  const compact = fold(remark)
    .toUpperCase()
    .replace(/[\s\-_.·]+/g, "")
  const found: { at: number; code: string }[] = []
  for (const pattern of patterns) {
    const body = pattern.source.replace(/^\^/, "").replace(/\$$/, "")
    for (const match of compact.matchAll(new RegExp(body, "g"))) {
      if (pattern.test(match[0])) found.push({ at: match.index ?? 0, code: match[0] })
    }
  }
  found.sort((a, b) => a.at - b.at)
  return [...new Set(found.map((f) => f.code))]
}

/**
 * A payer's account name as compared: full-width folded, brackets of any kind
 * dropped (（工会） = (工会) = 工会), spaces and punctuation dropped, lower case.
 */
export function normalizePayerName(name: string | null | undefined): string {
  if (!name) return ""
  return fold(name)
    .toLowerCase()
    .replace(/[\s()[\]{}<>【】〔〕〖〗「」『』《》〈〉"'`,.;:!?·、，。；：！？“”‘’\-_/\\]+/g, "")
}

/** Whether the payer's name is one of the expected names (after normalising both). */
export function payerMatches(payer: string, expected: (string | null | undefined)[]): boolean {
  const own = normalizePayerName(payer)
  if (!own) return false
  return expected.some((name) => normalizePayerName(name) === own)
}
