/**
 * `BENCH_ONLY=search,statement npm run bench` runs only the named sections
 * (comma-separated); unset, every section runs. Migrations, seed and boot
 * always run: every section needs them. Sections: routes, sign-in, search,
 * payment-notice, bulk-validate, bulk-orders, lighthouse, statement,
 * aid-ledger.
 */
const only = new Set(
  (process.env.BENCH_ONLY ?? "")
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean)
)

/** Whether the section `name` runs. */
export function benchSection(name: string): boolean {
  return only.size === 0 || only.has(name)
}
