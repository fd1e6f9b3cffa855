/** The bench's count of SQL statements per store call from Postgres's log (tests/bench/stock-statements.ts). */
import { StatementLog, statementsOf } from "../bench/stock-statements"

/** Postgres's log lines as the embedded server hands them over: chunks of lines, `%d ` first. */
const CHUNKS = [
  "shop LOG:  statement: SELECT 'bench-mark:cart'\nshop LOG:  statement: BEGIN;\n",
  "shop LOG:  execute <unnamed>: select 1 from cart\nshop DETAIL:  Parameters: $1 = 'x'\n",
  "stock LOG:  statement: select 1 from cart\nshop LOG:  statement: COMMIT;\n",
  "shop LOG:  statement: SELECT 'bench-mark:line item'\nshop LOG:  statement: select 2\n",
  "shop LOG:  statement: SELECT 'bench-mark:end'\nshop LOG:  statement: select 3\n",
]

describe("bench statements per store call", () => {
  it("counts each database's statements between its marks, BEGIN and COMMIT included, nothing after the end", () => {
    const log = new StatementLog()
    log.collecting = true
    CHUNKS.forEach(log.take)
    const shop = log.countsOf("shop")
    expect(Object.fromEntries(shop)).toEqual({ cart: 3, "line item": 1 })
    expect(statementsOf(shop, "whole checkout")).toBe(4)
    expect(statementsOf(log.countsOf("stock"), "whole checkout")).toBe(0)
  })

  it("keeps nothing while no count is under way", () => {
    const log = new StatementLog()
    CHUNKS.forEach(log.take)
    expect(log.countsOf("shop").size).toBe(0)
  })
})
