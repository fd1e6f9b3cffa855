import type { StoreProduct } from "@/lib/catalog/types"

/**
 * A generated illustration for a product (there are no product photos): a
 * tile in the colours of its category, the product's key character, and a
 * snowflake badge for cold-chain produce. Plain SVG, rendered on the server.
 */

type Palette = { bg: string; accent: string; ink: string }

const PALETTES: Record<string, Palette> = {
  pomelo: { bg: "#fbefc9", accent: "#e7b53c", ink: "#6b4a06" },
  berries: { bg: "#e3e6f7", accent: "#5664b8", ink: "#262f6e" },
  fruit: { bg: "#fde3d3", accent: "#e6834f", ink: "#7a3411" },
  rice: { bg: "#f4efdf", accent: "#c9b27a", ink: "#5a4a1f" },
  oil: { bg: "#fbf0cf", accent: "#d9a520", ink: "#634707" },
  "grain-oil": { bg: "#f4efdf", accent: "#c9b27a", ink: "#5a4a1f" },
  vegetables: { bg: "#e1f0dc", accent: "#5c9a4c", ink: "#24501a" },
  aquatic: { bg: "#dcedf2", accent: "#3f8ea3", ink: "#124b5a" },
  tea: { bg: "#e4efd9", accent: "#6f9a3e", ink: "#2e4a12" },
  "hakka-specialties": { bg: "#f3e2dc", accent: "#a65a43", ink: "#5a2314" },
}
const DEFAULT_PALETTE: Palette = { bg: "#ebe9e0", accent: "#8a8f7a", ink: "#33382b" }

/** The most specific category's palette (children are listed after parents in the seed). */
function paletteOf(product: StoreProduct): Palette {
  const handles = (product.categories ?? []).map((c) => c.handle)
  const child = (product.categories ?? []).find((c) => c.parent_category_id && PALETTES[c.handle])
  if (child) return PALETTES[child.handle]
  const any = handles.find((h) => PALETTES[h])
  return any ? PALETTES[any] : DEFAULT_PALETTE
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
  const palette = paletteOf(product)
  const cold = product.metadata?.storage === "cold_chain"
  const char = keyCharacter(product.title)
  return (
    <svg
      className={`illustration illustration-${size}`}
      viewBox="0 0 200 150"
      {...(size === "hero"
        ? { role: "img", "aria-label": `${product.title}示意图` }
        : { "aria-hidden": true, focusable: "false" })}
      preserveAspectRatio="xMidYMid slice"
    >
      <rect width="200" height="150" fill={palette.bg} />
      <circle cx="168" cy="22" r="58" fill={palette.accent} opacity="0.18" />
      <circle cx="26" cy="138" r="46" fill={palette.accent} opacity="0.14" />
      <path
        d="M0 118 C 50 96, 120 136, 200 108 L200 150 L0 150 Z"
        fill={palette.accent}
        opacity="0.28"
      />
      <circle cx="100" cy="72" r="42" fill="#fff" opacity="0.75" />
      <text
        x="100"
        y="74"
        textAnchor="middle"
        dominantBaseline="central"
        fontSize="46"
        fontWeight="700"
        fill={palette.ink}
        fontFamily='"Noto Serif CJK SC","Songti SC","Noto Sans CJK SC",serif'
      >
        {char}
      </text>
      {cold && (
        <g transform="translate(176 128)" stroke="#1f5f7a" strokeWidth="2.2" strokeLinecap="round">
          <circle r="14" fill="#fff" stroke="none" opacity="0.9" />
          <path d="M0 -9 V9 M-7.8 -4.5 L7.8 4.5 M-7.8 4.5 L7.8 -4.5" />
        </g>
      )}
    </svg>
  )
}
