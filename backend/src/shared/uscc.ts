/**
 * 统一社会信用代码 (unified social credit identifier, GB 32100-2015): 18
 * characters from a 31-character alphabet (digits and capital letters without
 * I, O, S, V, Z): registration authority, organisation type, 6-digit
 * administrative division, 9-character organisation code, and a check
 * character computed over the first 17 with weights 3^i mod 31.
 */
export const USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/** Upper-cases and removes spaces, as people type codes. */
export function normalizeUscc(input: string): string {
  return input.replace(/\s+/g, "").toUpperCase()
}

/** The check character for the first 17 characters, or null if one is not in the alphabet. */
export function usccCheckCharacter(first17: string): string | null {
  if (first17.length !== 17) return null
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const value = USCC_ALPHABET.indexOf(first17[i])
    if (value < 0) return null
    sum += value * WEIGHTS[i]
  }
  const check = (31 - (sum % 31)) % 31
  return USCC_ALPHABET[check]
}

export type UsccProblem = "length" | "characters" | "checksum"

/** Why a code is not a valid 统一社会信用代码, or null when it is. */
export function usccProblem(input: string): UsccProblem | null {
  const code = normalizeUscc(input)
  if (code.length !== 18) return "length"
  if (![...code].every((c) => USCC_ALPHABET.includes(c))) return "characters"
  // registration authority 1-9 or A-Y; organisation code part as issued: any alphabet character
  if (usccCheckCharacter(code.slice(0, 17)) !== code[17]) return "checksum"
  return null
}

export function isValidUscc(input: string): boolean {
  return usccProblem(input) === null
}
