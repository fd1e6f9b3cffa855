import { describe, expect, it, vi } from "vitest"
import type { MedusaContainer } from "@medusajs/framework/types"
import { SUGGESTION_FORMAT } from "../../backend/src/search/suggestion-source"
import { queueSuggestion, suggestionsSettled } from "../../backend/src/search/suggestion-writer"

type Graph = { entity: string; filters?: { id?: string[]; status?: string } }

const PRODUCTS = [
  {
    id: "p1",
    handle: "red",
    title: "梅县红肉蜜柚",
    status: "published",
    sales_channels: [{ id: "sc" }],
  },
  { id: "p2", handle: "draft", title: "草稿", status: "draft", sales_channels: [] },
]

function containerWith(built: boolean) {
  const graph = vi.fn(async ({ entity, filters }: Graph) => {
    if (entity === "product") {
      const rows = PRODUCTS.filter((p) => !filters?.id || filters.id.includes(p.id))
      return { data: filters?.status ? rows.filter((p) => p.status === filters.status) : rows }
    }
    if (entity === "partner") return { data: [] }
    return { data: [] }
  })
  const service = {
    lastBuild: vi.fn(async () =>
      built ? { format: SUGGESTION_FORMAT, built_at: new Date() } : null
    ),
    writeSuggestions: vi.fn(async () => 1),
    replaceSuggestions: vi.fn(async () => 1),
  }
  const logger = { warn: vi.fn() }
  const container = {
    resolve: (key: string) =>
      ({ search_suggestion: service, query: { graph }, logger })[key as "query"],
  } as unknown as MedusaContainer
  return { container, service, graph, logger }
}

describe("the suggestion table's writer (worker side)", () => {
  it("gathers a burst of events into one write of what they touched", async () => {
    const { container, service, logger } = containerWith(true)
    queueSuggestion(container, "product", "p1")
    queueSuggestion(container, "product", "p2")
    queueSuggestion(container, "product", "p1")
    queueSuggestion(container, "partner", "gone")
    queueSuggestion(container, "product", undefined)
    await suggestionsSettled()
    expect(logger.warn).not.toHaveBeenCalled()
    expect(service.replaceSuggestions).not.toHaveBeenCalled()
    expect(service.writeSuggestions).toHaveBeenCalledTimes(1)
    const [entries, removed] = service.writeSuggestions.mock.calls[0] as unknown as [
      { source_id: string; text: string; pinyin: Record<string, string[]> }[],
      { kind: string; source_id: string }[],
    ]
    expect(entries.map((e) => e.source_id)).toEqual(["p1"])
    expect(entries[0].pinyin["梅县红肉蜜柚"]).toContain("miyou")
    expect(removed).toEqual([
      { kind: "product", source_id: "p2" },
      { kind: "partner", source_id: "gone" },
    ])
  })

  it("builds the table whole when it never was", async () => {
    const { container, service } = containerWith(false)
    queueSuggestion(container, "product", "p1")
    await suggestionsSettled()
    expect(service.writeSuggestions).not.toHaveBeenCalled()
    expect(service.replaceSuggestions).toHaveBeenCalledTimes(1)
    const [entries, format] = service.replaceSuggestions.mock.calls[0] as unknown as [
      { source_id: string }[],
      string,
    ]
    expect(entries.map((e) => e.source_id)).toEqual(["p1"])
    expect(format).toBe(SUGGESTION_FORMAT)
  })
  it("builds the table whole when a category was touched (its products' family names follow it)", async () => {
    const { container, service } = containerWith(true)
    queueSuggestion(container, "category", "pcat_fruit")
    queueSuggestion(container, "product", "p1")
    await suggestionsSettled()
    expect(service.writeSuggestions).not.toHaveBeenCalled()
    expect(service.replaceSuggestions).toHaveBeenCalledTimes(1)
  })
})
