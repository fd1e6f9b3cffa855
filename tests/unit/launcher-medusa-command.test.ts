import { spawnSync } from "node:child_process"
import {
  DEFAULT_HEAP_GROWTH,
  DEFAULT_SEMI_SPACE_MB,
  heapGrowth,
  medusaCommand,
  medusaNodeFlags,
  semiSpaceMiB,
} from "../../backend/launcher/medusa-command"
import { bin } from "../../backend/launcher/workspace"

describe("the heap policy of Medusa's production processes (MEDUSA_HEAP_GROWTH, MEDUSA_SEMI_SPACE_MB)", () => {
  it("grows the heap by 25 % at most over what the last full collection kept, unless told otherwise", () => {
    expect(heapGrowth({})).toBe(DEFAULT_HEAP_GROWTH)
    expect(DEFAULT_HEAP_GROWTH).toBe(25)
    const semi = "--max-semi-space-size=32"
    expect(medusaNodeFlags({})).toEqual(["--heap-growing-percent=25", semi])
    expect(medusaNodeFlags({ MEDUSA_HEAP_GROWTH: " 60 " })).toEqual([
      "--heap-growing-percent=60",
      semi,
    ])
    expect(medusaNodeFlags({ MEDUSA_HEAP_GROWTH: "0" })).toEqual([semi])
  })

  it("gives the young generation 32 MiB semi-spaces, unless told otherwise (MEDUSA_SEMI_SPACE_MB)", () => {
    expect(semiSpaceMiB({})).toBe(DEFAULT_SEMI_SPACE_MB)
    expect(DEFAULT_SEMI_SPACE_MB).toBe(32)
    expect(medusaNodeFlags({ MEDUSA_SEMI_SPACE_MB: " 64 " })).toEqual([
      "--heap-growing-percent=25",
      "--max-semi-space-size=64",
    ])
    expect(medusaNodeFlags({ MEDUSA_SEMI_SPACE_MB: "0" })).toEqual(["--heap-growing-percent=25"])
    expect(medusaNodeFlags({ MEDUSA_SEMI_SPACE_MB: "0", MEDUSA_HEAP_GROWTH: "0" })).toEqual([])
    for (const bad of ["-1", "257", "1.5", "big"]) {
      expect(() => semiSpaceMiB({ MEDUSA_SEMI_SPACE_MB: bad })).toThrow(
        `MEDUSA_SEMI_SPACE_MB must be a whole number of MiB from 0 to 256 (0: V8's own); it is "${bad}".`
      )
    }
  })

  it("runs Medusa's CLI through Node with the flag in production, and as it is otherwise", () => {
    expect(medusaCommand({})).toEqual({
      command: process.execPath,
      args: ["--heap-growing-percent=25", "--max-semi-space-size=32", bin("medusa")],
    })
    expect(medusaCommand({ MEDUSA_HEAP_GROWTH: "0", MEDUSA_SEMI_SPACE_MB: "0" })).toEqual({
      command: bin("medusa"),
      args: [],
    })
    expect(medusaCommand({}, "development")).toEqual({ command: bin("medusa"), args: [] })
  })

  it("refuses a value that is not a whole percent from 0 to 300, saying so", () => {
    for (const bad of ["-1", "301", "12.5", "lots"]) {
      expect(() => heapGrowth({ MEDUSA_HEAP_GROWTH: bad })).toThrow(
        `MEDUSA_HEAP_GROWTH must be a whole percent from 0 to 300 (0: V8's own policy); it is "${bad}".`
      )
    }
  })

  it("passes flags this Node.js accepts (a Node without them would not start the shop)", () => {
    const run = spawnSync(process.execPath, [...medusaNodeFlags({}), "-e", "process.exit(0)"])
    expect(run.stderr.toString()).toBe("")
    expect(run.status).toBe(0)
    const unknown = spawnSync(process.execPath, ["--heap-growing-percent-not-a-flag=1", "-e", "0"])
    expect(unknown.status).not.toBe(0)
  })
})
