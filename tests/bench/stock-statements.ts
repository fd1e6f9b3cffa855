/**
 * SQL statements per store call of the side-by-side bench (stock.ts): one
 * guest checkout per app with Postgres logging every statement (log_statement
 * = all, for this one checkout only), counted per store call from the
 * statements of the app's own database between marks the bench writes there
 * (`SELECT 'bench-mark:<step>'`), and the statements of the seconds after the
 * order (the app's subscribers and jobs; in the worker process when the app
 * has one). BEGIN and COMMIT count: each is a round trip. The counts show
 * where the shop reads or writes more than stock Medusa for the same call.
 */
import { CHECKOUT_STEPS, checkout, type Target } from "./stock-load"
import { sql } from "./stock-processes"

/** How long the work after the order is watched. */
const AFTER_ORDER_MS = 3_000
const AFTER_ORDER = "after the order (3 s)"
const END = "end"

/** One line of Postgres's log with the database as its prefix: the database and the statement. */
const STATEMENT = /^(\S+) LOG:\s+(?:statement|execute [^:]*): (.*)$/
const MARK = /^SELECT 'bench-mark:(.*)'$/

/** Collects Postgres's log lines while a count is under way (the embedded server's `log`). */
export class StatementLog {
  private lines: string[] = []
  /** Whether lines are kept now (`logging` sets it for its work). */
  collecting = false

  /** The embedded Postgres's log callback. */
  readonly take = (chunk: string) => {
    if (this.collecting) this.lines.push(...chunk.split("\n"))
  }

  /** Statements per mark, of database `db`. */
  countsOf(db: string): Map<string, number> {
    const counts = new Map<string, number>()
    let step: string | null = null
    for (const line of this.lines) {
      const match = STATEMENT.exec(line.trim())
      if (!match || match[1] !== db) continue
      const mark = MARK.exec(match[2])
      if (mark) step = mark[1] === END ? null : mark[1]
      else if (step) counts.set(step, (counts.get(step) ?? 0) + 1)
    }
    return counts
  }

  /** Runs `work` with every statement logged (superuser settings on the server at `adminUrl`). */
  async logging<T>(adminUrl: string, work: () => Promise<T>): Promise<T> {
    await sql(adminUrl, "ALTER SYSTEM SET log_statement = 'all'")
    await sql(adminUrl, "ALTER SYSTEM SET log_line_prefix = '%d '")
    await sql(adminUrl, "SELECT pg_reload_conf()")
    await new Promise((r) => setTimeout(r, 500))
    this.collecting = true
    try {
      return await work()
    } finally {
      this.collecting = false
      await sql(adminUrl, "ALTER SYSTEM RESET log_statement")
      await sql(adminUrl, "ALTER SYSTEM RESET log_line_prefix")
      await sql(adminUrl, "SELECT pg_reload_conf()")
    }
  }
}

/** One checkout on `target` with its steps marked in its database `dbUrl`. */
export async function markedCheckout(target: Target, dbUrl: string) {
  const mark = (label: string) => sql(dbUrl, `SELECT 'bench-mark:${label}'`)
  await checkout(target, mark)
  await mark(AFTER_ORDER)
  await new Promise((r) => setTimeout(r, AFTER_ORDER_MS))
  await mark(END)
}

/** The table's rows: each store call, the whole checkout, then the work after the order. */
export const STATEMENT_ROWS = [...CHECKOUT_STEPS, "whole checkout", AFTER_ORDER] as const

/** A row's count from one app's counts. */
export function statementsOf(counts: Map<string, number>, row: string): number {
  if (row === "whole checkout") return CHECKOUT_STEPS.reduce((n, s) => n + (counts.get(s) ?? 0), 0)
  return counts.get(row) ?? 0
}

/** Prints the statements per store call of every app, in the bench's column order. */
export function printStatementTable(columns: { name: string; counts: Map<string, number> }[]) {
  console.log("\nSQL statements per store call, one guest checkout (BEGIN and COMMIT included):")
  const header = ["step", ...columns.map((c) => c.name)]
  console.log(`| ${header.join(" | ")} |\n|${header.map(() => "---").join("|")}|`)
  for (const row of STATEMENT_ROWS) {
    const values = columns.map((c) => String(statementsOf(c.counts, row)))
    console.log(`| ${[row, ...values].join(" | ")} |`)
  }
}
