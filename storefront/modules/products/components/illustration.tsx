import type { StoreProduct } from "@/lib/catalog/types"

/**
 * A generated illustration for a product (there are no product photos): a
 * tile in the colours of its category, the product's key character, and a
 * snowflake badge for cold-chain produce. The tile is one small SVG file per
 * produce kind (app/styles/produce/*.svg, referenced from produce.css: Next
 * serves them under /_next/static/media with a year's immutable cache), so a
 * card carries only a span and its character, not an inline SVG (which the
 * cached page would send twice: in its HTML and in its React payload).
 */

/** The produce kinds with a tile of their own, by category handle. */
const KINDS: Record<string, string> = {
  pomelo: "pomelo",
  berries: "berries",
  fruit: "fruit",
  rice: "grain",
  "grain-oil": "grain",
  oil: "oil",
  vegetables: "vegetables",
  aquatic: "aquatic",
  tea: "tea",
  "hakka-specialties": "hakka",
}

/** The most specific category's kind (children are listed after parents in the seed), else "other". */
export function produceKind(product: StoreProduct): string {
  const categories = product.categories ?? []
  const child = categories.find((c) => c.parent_category_id && KINDS[c.handle])
  if (child) return KINDS[child.handle]
  const any = categories.find((c) => KINDS[c.handle])
  return any ? KINDS[any.handle] : "other"
}

/** The character that names the produce: the title's last Chinese character (柚, 莓, 米, 茶 …). */
export function keyCharacter(title: string): string {
  // Leave out notes in brackets (（鲜活）) and packaging words (礼盒).
  const name = title.replace(/[（(][^）)]*[）)]/g, "").replace(/(礼盒|礼包|套装|盒|装)$/u, "")
  const chars = Array.from(name).filter((c) => /\p{Script=Han}/u.test(c))
  return chars.at(-1) ?? Array.from(title)[0] ?? "?"
}

export function ProductIllustration({
  product,
  size = "card",
}: {
  product: StoreProduct
  /** "card": decorative beside the title (hidden from screen readers); "hero": the product page's image. */
  size?: "card" | "hero"
}) {
  const cold = product.metadata?.storage === "cold_chain" ? " produce-cold" : ""
  return (
    <span
      className={`illustration illustration-${size} produce-${produceKind(product)}${cold}`}
      {...(size === "hero"
        ? { role: "img", "aria-label": `${product.title}示意图` }
        : { "aria-hidden": true })}
    >
      <span>{keyCharacter(product.title)}</span>
    </span>
  )
}
