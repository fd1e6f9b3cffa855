/**
 * How the catalogue cache reads (backend/src/catalog-cache): the version read
 * for many requests at once but never older than any of them (fresh-state.ts),
 * and the current version's answers kept ready to send in the process, in
 * front of the Caching Module (ready-answers.ts). Fakes stand in for the
 * catalogue-changes module and Medusa's caching module.
 */
import { Modules } from "@medusajs/framework/utils"
import type { CatalogueChangesModuleService } from "../../backend/src/modules/catalogue-changes"

type State = { version: string | null; window: string | null }

/** A catalogue-changes module whose reads the test answers one by one. */
function pendingReads() {
  const reads: { resolve: (s: State) => void; reject: (e: Error) => void }[] = []
  const ownConnectionReads: typeof reads = []
  const changes = {
    track: async () => ["product"],
    state: () =>
      new Promise<State>((resolve, reject) => {
        reads.push({ resolve, reject })
      }),
    stateOnOwnConnection: () =>
      new Promise<State>((resolve, reject) => {
        ownConnectionReads.push({ resolve, reject })
      }),
  }
  return {
    changes: changes as unknown as CatalogueChangesModuleService,
    reads,
    ownConnectionReads,
  }
}

const settle = () => new Promise((resolve) => setImmediate(resolve))

describe("catalogue version reads", () => {
  it("sends one read per round trip: requests that arrive while one is under way share the next", async () => {
    const { freshState } = await import("../../backend/src/catalog-cache/fresh-state")
    const { changes, reads } = pendingReads()
    const first = freshState(changes)
    expect(reads).toHaveLength(1)
    // arrived after the first read was sent: it may miss a change committed
    // since, so they wait for a read sent once the first is answered
    const second = freshState(changes)
    const third = freshState(changes)
    expect(reads).toHaveLength(1)
    reads[0].resolve({ version: "v1", window: null })
    expect(await first).toEqual({ version: "v1", window: null })
    await settle()
    expect(reads).toHaveLength(2)
    // the next read is under way: a later request does not join it
    const fourth = freshState(changes)
    reads[1].resolve({ version: "v2", window: null })
    expect(await second).toEqual({ version: "v2", window: null })
    expect(await third).toEqual({ version: "v2", window: null })
    await settle()
    expect(reads).toHaveLength(3)
    reads[2].resolve({ version: "v3", window: null })
    expect(await fourth).toEqual({ version: "v3", window: null })
    // nothing under way: a read is sent at once
    const fifth = freshState(changes)
    expect(reads).toHaveLength(4)
    reads[3].resolve({ version: "v3", window: null })
    expect((await fifth).version).toBe("v3")
  })

  it("fails only the requests of a failed read; the ones waiting get a read of their own", async () => {
    const { freshState } = await import("../../backend/src/catalog-cache/fresh-state")
    const { changes, reads } = pendingReads()
    const failing = freshState(changes)
    const waiting = freshState(changes)
    reads[0].reject(new Error("connection lost"))
    await expect(failing).rejects.toThrow("connection lost")
    await settle()
    expect(reads).toHaveLength(2)
    reads[1].resolve({ version: "v1", window: null })
    expect((await waiting).version).toBe("v1")
  })

  it("batches the reads on the module's own connection apart from the service's", async () => {
    const { freshState } = await import("../../backend/src/catalog-cache/fresh-state")
    const { changes, reads, ownConnectionReads } = pendingReads()
    const throughService = freshState(changes)
    const inFront = [freshState(changes, true), freshState(changes, true)]
    expect(reads).toHaveLength(1)
    // the read in front of the Express app does not wait for the service's
    expect(ownConnectionReads).toHaveLength(1)
    ownConnectionReads[0].resolve({ version: "v1", window: null })
    expect((await inFront[0]).version).toBe("v1")
    await settle()
    ownConnectionReads[1].resolve({ version: "v2", window: null })
    expect((await inFront[1]).version).toBe("v2")
    reads[0].resolve({ version: "v2", window: null })
    expect((await throughService).version).toBe("v2")
  })

  it("keeps one batch per module (a process may run several shops)", async () => {
    const { freshState } = await import("../../backend/src/catalog-cache/fresh-state")
    const a = pendingReads()
    const b = pendingReads()
    const fromA = freshState(a.changes)
    const fromB = freshState(b.changes)
    expect([a.reads.length, b.reads.length]).toEqual([1, 1])
    a.reads[0].resolve({ version: "a", window: null })
    b.reads[0].resolve({ version: "b", window: null })
    expect([(await fromA).version, (await fromB).version]).toEqual(["a", "b"])
  })
})

describe("answers ready to send", () => {
  it("is bounded by size, least recently used out first, and off at 0", async () => {
    const { ReadyAnswers, readyAnswer } =
      await import("../../backend/src/catalog-cache/ready-answers")
    const answers = new ReadyAnswers(300)
    const text = (c: string) => c.repeat(100)
    answers.set("a", readyAnswer(text("a"), undefined))
    answers.set("b", readyAnswer(text("b"), undefined))
    answers.get("a")
    answers.set("c", readyAnswer(text("c"), undefined))
    expect(answers.get("a")?.body.toString()).toBe(text("a"))
    expect(answers.get("b")).toBeUndefined()
    // larger than the whole bound: not kept
    answers.set("big", readyAnswer("x".repeat(400), undefined))
    expect(answers.get("big")).toBeUndefined()
    answers.clear()
    expect(answers.get("a")).toBeUndefined()

    const off = new ReadyAnswers(0)
    off.set("a", readyAnswer("{}", undefined))
    expect(off.get("a")).toBeUndefined()
  })

  it("keeps an entry no longer than the Caching Module keeps it", async () => {
    const { ReadyAnswers, readyAnswer } =
      await import("../../backend/src/catalog-cache/ready-answers")
    const answers = new ReadyAnswers(1000, 50)
    answers.set("a", readyAnswer("{}", undefined))
    expect(answers.get("a")).toBeDefined()
    await new Promise((resolve) => setTimeout(resolve, 80))
    expect(answers.get("a")).toBeUndefined()
  })

  it("encodes the text once, with the app's ETag of its bytes", async () => {
    const { readyAnswer } = await import("../../backend/src/catalog-cache/ready-answers")
    const answer = readyAnswer('{"title":"蜜柚"}', (body) => `W/"${body.length.toString(16)}"`)
    expect(answer.body.equals(Buffer.from('{"title":"蜜柚"}', "utf8"))).toBe(true)
    expect(answer.etag).toBe(`W/"${Buffer.byteLength('{"title":"蜜柚"}').toString(16)}"`)
  })
})

describe("catalogue entries", () => {
  async function load() {
    vi.resetModules()
    return import("../../backend/src/catalog-cache")
  }

  function fakeShop(versions: string[]) {
    const stored = new Map<string, unknown>()
    const calls = { get: 0, set: 0 }
    const changes = {
      track: async () => ["product"],
      state: async () => ({ version: versions.shift() ?? "last", window: null }),
    }
    const caching = {
      get: async ({ key }: { key: string }) => {
        calls.get++
        return stored.get(key) ?? null
      },
      set: async ({ key, data }: { key: string; data: unknown }) => {
        calls.set++
        stored.set(key, data)
      },
      clear: async () => stored.clear(),
    }
    const container = {
      resolve: (key: string) => {
        if (key === Modules.CACHING) return caching
        if (key === "catalogue_changes") return changes
        if (key === "logger") return { error: () => undefined, warn: () => undefined }
        throw new Error(`unexpected ${key}`)
      },
    }
    return { container: container as never, calls, stored }
  }

  it("answers a stored entry from the process without asking the Caching Module again", async () => {
    const { writeEntry, readEntry } = await load()
    const shop = fakeShop([])
    const { answer, stored } = writeEntry(shop.container, "v1:k", '{"n":1}', undefined)
    await stored
    expect(shop.stored.get("v1:k")).toEqual({ body: '{"n":1}' })
    expect(answer.body.toString()).toBe('{"n":1}')
    expect((await readEntry(shop.container, "v1:k", undefined))?.body.toString()).toBe('{"n":1}')
    expect(shop.calls.get).toBe(0)
  })

  it("reads an entry another process stored once from the Caching Module, then from the process", async () => {
    const { readEntry } = await load()
    const shop = fakeShop([])
    shop.stored.set("v1:k", { body: '{"n":2}' })
    const etag = (body: Buffer) => `"${body.length}"`
    expect((await readEntry(shop.container, "v1:k", etag))?.etag).toBe('"7"')
    expect((await readEntry(shop.container, "v1:k", etag))?.body.toString()).toBe('{"n":2}')
    expect(shop.calls.get).toBe(1)
    expect(await readEntry(shop.container, "v1:other", etag)).toBeNull()
  })

  it("empties the process's answers when the version changes", async () => {
    const { writeEntry, readEntry, catalogueGeneration } = await load()
    const shop = fakeShop(["v1", "v2"])
    expect(await catalogueGeneration(shop.container)).toBe("store-catalogue:v1:-")
    await writeEntry(shop.container, "store-catalogue:v1:-:k", "{}", undefined).stored
    shop.stored.clear()
    expect(await readEntry(shop.container, "store-catalogue:v1:-:k", undefined)).not.toBeNull()
    expect(await catalogueGeneration(shop.container)).toBe("store-catalogue:v2:-")
    expect(await readEntry(shop.container, "store-catalogue:v1:-:k", undefined)).toBeNull()
  })
})
