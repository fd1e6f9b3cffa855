/**
 * `BENCH_ONLY=search,statement npm run bench` runs only the named sections
 * (comma-separated); unset, every section runs. The shop's own sections
 * (`shop` names them all) share one build, database and server: migrations,
 * seed and boot run whenever one of them does. Sections: routes, catalog-cache, sign-in,
 * search, payment-notice, bulk-validate, bulk-orders, lighthouse, storefront-pages, statement,
 * aid-ledger (all of them: shop); stock (side by side with stock Medusa);
 * topology (servers and a worker apart).
 */
const SHOP_SECTIONS = [
  "routes",
  "catalog-cache",
  "sign-in",
  "search",
  "payment-notice",
  "bulk-validate",
  "bulk-orders",
  "lighthouse",
  "storefront-pages",
  "statement",
  "aid-ledger",
]

const only = new Set(
  (process.env.BENCH_ONLY ?? "")
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean)
)

/** Whether the section `name` runs ("shop": whether any of the shop's own sections runs). */
export function benchSection(name: string): boolean {
  if (only.size === 0 || only.has(name)) return true
  if (name === "shop") return SHOP_SECTIONS.some((section) => only.has(section))
  return SHOP_SECTIONS.includes(name) && only.has("shop")
}
