/** Work many events ask for at once, done once per short window (backend/src/utils/coalesce.ts). */
import { coalesce, coalescePer } from "../../backend/src/utils/coalesce"

describe("coalesce", () => {
  it("runs one flush for the keys of a window, each key once, and settles every caller with it", async () => {
    const flushes: string[][] = []
    const run = coalesce(
      async (keys: string[]) => {
        flushes.push(keys)
      },
      { windowMs: 20 }
    )
    await Promise.all([run(["a"]), run(["b", "a"]), run(["c"])])
    expect(flushes).toEqual([["a", "b", "c"]])
    await run(["a"])
    expect(flushes).toEqual([["a", "b", "c"], ["a"]])
  })

  it("fails every caller of a failed flush, and the next window starts afresh", async () => {
    let fail = true
    const run = coalesce(
      async () => {
        if (fail) throw new Error("database down")
      },
      { windowMs: 10 }
    )
    const results = await Promise.allSettled([run(["a"]), run(["b"])])
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"])
    fail = false
    await expect(run(["a"])).resolves.toBeUndefined()
  })

  it("starts a new batch when one is full, and does nothing for no keys", async () => {
    const flushes: number[][] = []
    const run = coalesce(
      async (keys: number[]) => {
        flushes.push(keys)
      },
      { windowMs: 10, maxKeys: 2 }
    )
    await Promise.all([run([1, 2]), run([3]), run([])])
    expect(flushes).toEqual([[1, 2], [3]])
  })

  it("keeps one batch per context", async () => {
    const flushes: [string, string[]][] = []
    const run = coalescePer(
      async (context: { name: string }, keys: string[]) => {
        flushes.push([context.name, keys])
      },
      { windowMs: 10 }
    )
    const a = { name: "a" }
    const b = { name: "b" }
    await Promise.all([run(a, ["x"]), run(b, ["y"]), run(a, ["z"])])
    expect(flushes.sort()).toEqual([
      ["a", ["x", "z"]],
      ["b", ["y"]],
    ])
  })
})
