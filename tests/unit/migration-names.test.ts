import fs from "node:fs"
import path from "node:path"

/**
 * Medusa records a module's migrations by file name in one table for the whole
 * database: two modules shipping a migration of the same name would see one
 * of them never run. Every migration name in the shop's modules is unique.
 */
const modules = path.resolve(__dirname, "../../backend/src/modules")

describe("module migrations", () => {
  it("have names unique across all modules", () => {
    const seen = new Map<string, string[]>()
    for (const mod of fs.readdirSync(modules)) {
      const dir = path.join(modules, mod, "migrations")
      if (!fs.existsSync(dir)) continue
      for (const file of fs.readdirSync(dir).filter((f) => /^Migration\d+\.ts$/.test(f))) {
        seen.set(file, [...(seen.get(file) ?? []), mod])
      }
    }
    expect(seen.size).toBeGreaterThan(10)
    const twice = [...seen].filter(([, mods]) => mods.length > 1)
    expect(twice).toEqual([])
  })
})
