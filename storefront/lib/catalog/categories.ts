/**
 * The category tree of the catalogue's filter. Pure functions over the
 * categories the store API lists (each with its parent's id).
 */
import type { StoreCategory } from "./types"

/** A category with its descendants: the seed files produce under both, but an admin may not. */
export function withDescendants(categories: StoreCategory[], id: string): string[] {
  const ids = [id]
  for (let i = 0; i < ids.length; i++) {
    for (const c of categories)
      if (c.parent_category_id === ids[i] && !ids.includes(c.id)) ids.push(c.id)
  }
  return ids
}

/** Category names indented under their parents, for the select. */
export function categoryOptions(categories: StoreCategory[]) {
  const out: { handle: string; label: string }[] = []
  const walk = (parent: string | null, depth: number) => {
    for (const c of categories.filter((c) => (c.parent_category_id ?? null) === parent)) {
      out.push({ handle: c.handle, label: `${"\u3000".repeat(depth)}${c.name}` })
      walk(c.id, depth + 1)
    }
  }
  walk(null, 0)
  return out
}
