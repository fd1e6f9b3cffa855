/** Work many events ask for at once, done once per short window (backend/src/utils/coalesce.ts). */
import { batched, coalesce, coalescePer, lookupPer } from "../../backend/src/utils/coalesce"

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

describe("batched and lookupPer", () => {
  it("runs one batch at a time: the keys that come while a run works go into one next run", async () => {
    const runs: number[][] = []
    let release: () => void = () => undefined
    const run = batched(
      async (keys: number[]) => {
        runs.push(keys)
        if (keys[0] === 1) await new Promise<void>((resolve) => (release = resolve))
      },
      { windowMs: 5 }
    )
    const first = run([1])
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(runs).toEqual([[1]])
    // the first run still works: these wait for it, well past their window
    const later = [run([2]), run([3])]
    await new Promise((resolve) => setTimeout(resolve, 20))
    const more = run([4])
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(runs).toEqual([[1]])
    release()
    await Promise.all([first, ...later, more])
    expect(runs).toEqual([[1], [2, 3, 4]])
  })

  it("answers every caller of a window with the one run's result", async () => {
    const runs: string[][] = []
    const run = batched(
      async (keys: string[]) => {
        runs.push(keys)
        return keys.length
      },
      { windowMs: 10 }
    )
    expect(await Promise.all([run(["a"]), run(["b", "a"])])).toEqual([2, 2])
    expect(runs).toEqual([["a", "b"]])
  })

  it("looks up the keys of a window once per context, each caller getting its own value", async () => {
    const loads: [string, string[]][] = []
    const lookup = lookupPer(
      async (context: { name: string }, keys: string[]) => {
        loads.push([context.name, keys])
        return new Map(keys.filter((k) => k !== "gone").map((k) => [k, `${context.name}:${k}`]))
      },
      { windowMs: 10 }
    )
    const a = { name: "a" }
    const b = { name: "b" }
    const found = await Promise.all([
      lookup(a, "x"),
      lookup(a, "y"),
      lookup(b, "x"),
      lookup(a, "x"),
      lookup(a, "gone"),
    ])
    expect(found).toEqual(["a:x", "a:y", "b:x", "a:x", undefined])
    expect(loads.sort()).toEqual([
      ["a", ["x", "y", "gone"]],
      ["b", ["x"]],
    ])
  })

  it("fails every lookup of a failed load, and the next window loads again", async () => {
    let fail = true
    const lookup = lookupPer(
      async (_context: object, keys: string[]) => {
        if (fail) throw new Error("database down")
        return new Map(keys.map((k) => [k, k.toUpperCase()]))
      },
      { windowMs: 5 }
    )
    const context = {}
    const results = await Promise.allSettled([lookup(context, "a"), lookup(context, "b")])
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"])
    fail = false
    await expect(lookup(context, "a")).resolves.toBe("A")
  })
})
