import {
  isValidUscc,
  normalizeUscc,
  usccCheckCharacter,
  usccProblem,
} from "../../backend/src/shared/uscc"

describe("统一社会信用代码 (GB 32100-2015)", () => {
  // the standard's own example and two codes published on business licences
  const valid = ["91350100M000100Y43", "914403001922038216", "91440300708461136T"]

  it("accepts codes whose check character matches", () => {
    for (const code of valid) expect(isValidUscc(code)).toBe(true)
  })

  it("computes the check character over the first 17 characters", () => {
    expect(usccCheckCharacter("91350100M000100Y4")).toBe("3")
    expect(usccCheckCharacter("91440300708461136")).toBe("T")
    expect(usccCheckCharacter("9144030019220382")).toBeNull()
  })

  it("maps a remainder of 0 to the check character 0", () => {
    // find a prefix whose weighted sum is a multiple of 31 by varying the last character
    const prefix = "9144030019220382"
    const alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    const zero = [...alphabet].map((c) => prefix + c).find((p) => usccCheckCharacter(p) === "0")
    expect(zero).toBeDefined()
    expect(isValidUscc(`${zero}0`)).toBe(true)
  })

  it("refuses a wrong check character", () => {
    expect(usccProblem("91350100M000100Y44")).toBe("checksum")
    expect(usccProblem("914403001922038217")).toBe("checksum")
  })

  it("refuses a transposition of two characters", () => {
    expect(usccProblem("91350100M000010Y43")).toBe("checksum")
  })

  it("refuses wrong lengths", () => {
    expect(usccProblem("")).toBe("length")
    expect(usccProblem("91350100M000100Y4")).toBe("length")
    expect(usccProblem("91350100M000100Y433")).toBe("length")
  })

  it("refuses letters outside the alphabet (I, O, S, V, Z) and symbols", () => {
    expect(usccProblem("91350100M000100I43")).toBe("characters")
    expect(usccProblem("91350100M000100O43")).toBe("characters")
    expect(usccProblem("91350100S000100Y43")).toBe("characters")
    expect(usccProblem("91350100M0001-0Y43")).toBe("characters")
  })

  it("accepts lower case and spaces as typed, after normalising", () => {
    expect(normalizeUscc(" 91350100m000100y43 ")).toBe("91350100M000100Y43")
    expect(isValidUscc("9135 0100 m000 100y 43")).toBe(true)
  })
})
