import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/**
 * Rebuilds the product search index from the catalogue. The seed runs it
 * before creating products (so the index has an active version that their
 * events can write to) and after (so search answers as soon as the shop
 * starts, whatever happened to those events). A rebuild fills a new version
 * and replaces the old one only once it is complete.
 */
export async function ensureSearchIndex(container: MedusaContainer) {
  const search = container.resolve(Modules.SEARCH, { allowUnregistered: true }) as
    { reindex: (input: { index: string }) => Promise<unknown> } | undefined
  if (!search) return
  await search.reindex({ index: "product" })
  container.resolve(ContainerRegistrationKeys.LOGGER).info("Seed: product search index rebuilt")
}
