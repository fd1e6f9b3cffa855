import { createRequire } from "node:module"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { passwordHashing } from "../../config/auth"

const backendRequire = createRequire(path.resolve(__dirname, "../../backend/package.json"))
const scrypt = createRequire(backendRequire.resolve("@medusajs/auth-emailpass"))("scrypt-kdf") as {
  kdf: (password: string, params: { logN: number; r: number; p: number }) => Promise<Buffer>
  verify: (hash: Buffer, password: string) => Promise<boolean>
}

describe("the password hash cost (AUTH_SCRYPT_LOG_N)", () => {
  it("leaves Medusa's default when unset, and takes a whole number from 10 to 20", () => {
    expect(passwordHashing({})).toEqual({})
    expect(passwordHashing({ AUTH_SCRYPT_LOG_N: "" })).toEqual({})
    expect(passwordHashing({ AUTH_SCRYPT_LOG_N: "10" })).toEqual({
      hashConfig: { logN: 10, r: 8, p: 1 },
    })
    expect(passwordHashing({ AUTH_SCRYPT_LOG_N: "20" }).hashConfig?.logN).toBe(20)
  })

  it("stops the server at start with anything else, naming the variable", () => {
    for (const value of ["9", "21", "12.5", "1e1", " 12", "abc", "-15"]) {
      expect(() => passwordHashing({ AUTH_SCRYPT_LOG_N: value })).toThrow(
        `AUTH_SCRYPT_LOG_N must be a whole number from 10 to 20, not "${value}"`
      )
    }
  })

  it("a hash keeps the cost it was made with: one made at 10 still verifies", async () => {
    const hash = await scrypt.kdf("mei-xian-2026", { logN: 10, r: 8, p: 1 })
    expect(await scrypt.verify(hash, "mei-xian-2026")).toBe(true)
    expect(await scrypt.verify(hash, "mei-xian-2025")).toBe(false)
  })
})
