import fs from "node:fs"
import path from "node:path"
import type { ExecArgs, ISearchModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { productDocuments, productSource, type ProductRow } from "../search/product-document"
import { buildSuggestionsWhole } from "../search/suggestion-writer"

/**
 * `npm run search:reindex`: rebuilds the product search index in place, a
 * page of products at a time in id order, with a progress bar on stderr.
 * After each page the last id done is written to a checkpoint file, so an
 * interrupted run (Ctrl-C, a crash, a deploy) resumes where it stopped; a
 * finished run removes it. `npm run search:reindex -- restart` ignores a
 * checkpoint (`--restart` only when called in code: `medusa exec` refuses it).
 *
 * Drafts met on the way are removed from the index; documents of products
 * deleted while no worker ran are removed by Medusa's own rebuild
 * (`searchModule.reindex`, the seed's), which swaps in a complete new version
 * but cannot resume.
 */
const PAGE = 200
/** Where the run's progress is kept (SEARCH_REINDEX_CHECKPOINT, read when the script runs). */
const checkpointFile = () =>
  process.env.SEARCH_REINDEX_CHECKPOINT ?? path.join(process.cwd(), ".search-reindex.json")

type Checkpoint = { last_id: string; done: number; started_at: string }

function readCheckpoint(file: string): Checkpoint | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as Checkpoint
  } catch {
    return null
  }
}

function progress(done: number, total: number, started: number) {
  const width = 30
  const share = total ? Math.min(1, done / total) : 1
  const filled = Math.round(share * width)
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  process.stderr.write(
    `\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} products  ${seconds}s`
  )
}

export default async function searchReindex({ container, args }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const search = container.resolve<ISearchModuleService>(Modules.SEARCH)
  // `medusa exec` refuses options it does not know: `-- restart` is how the command line says it.
  const restart = args.includes("restart") || args.includes("--restart")
  const checkpoint = checkpointFile()
  const resume = restart ? null : readCheckpoint(checkpoint)
  const state: Checkpoint = resume ?? { last_id: "", done: 0, started_at: new Date().toISOString() }
  if (resume) logger.info(`Search reindex: resuming after ${resume.done} products (${checkpoint})`)

  const { metadata } = await query.graph({
    entity: "product",
    fields: ["id"],
    pagination: { take: 1, skip: 0 },
  })
  const total = metadata?.count ?? 0
  const started = Date.now()
  progress(state.done, total, started)
  for (;;) {
    const { data } = await query.graph({
      entity: "product",
      fields: productSource.fields,
      filters: state.last_id ? { id: { $gt: state.last_id } } : {},
      pagination: { take: PAGE, order: { id: "ASC" } },
    })
    const rows = data as ProductRow[]
    if (!rows.length) break
    const documents = productDocuments(rows)
    if (documents.length) await search.upsertDocuments({ index: "product", documents })
    const kept = new Set(documents.map((d) => d.id))
    const gone = rows.map((r) => r.id).filter((id) => !kept.has(id))
    if (gone.length) await search.deleteDocuments({ index: "product", filters: { id: gone } })
    state.last_id = rows[rows.length - 1].id
    state.done += rows.length
    fs.writeFileSync(checkpoint, JSON.stringify(state))
    progress(state.done, total, started)
  }
  process.stderr.write("\n")
  fs.rmSync(checkpoint, { force: true })
  // The suggestions' family names come from synonyms.ts too: their table is built whole.
  await buildSuggestionsWhole(container)
  logger.info(
    `Search reindex: ${state.done} products in ${((Date.now() - started) / 1000).toFixed(1)}s`
  )
}
