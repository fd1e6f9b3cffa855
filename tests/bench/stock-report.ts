/**
 * Figures of the side-by-side bench (stock.ts) and their tables: one row per
 * figure with the shop/stock ratio, without and with Redis, then the guest
 * checkout's p50 per store call.
 */
import { CHECKOUT_STEPS } from "./stock-load"
import { percentile } from "./stats"

type Metric =
  "list" | "one" | "concurrent" | "server cpu" | "app cpu" | "idle memory" | "load memory"

/**
 * How a target's sequential checkouts were run: `block`, eight in a row right after its
 * product reads' load (each following the previous order's work after its response);
 * `turns`, one checkout of each target in turn, so every app's next checkout comes after
 * the others' (its previous order's work done) and all meet the same moments of the machine.
 */
export type Sequence = "block" | "turns"

export class Figures {
  private values = new Map<string, number[]>()
  private steps = new Map<string, number[][]>()

  add(target: string, metric: Metric, value: number) {
    const key = `${target}|${metric}`
    this.values.set(key, [...(this.values.get(key) ?? []), value])
  }

  addSteps(target: string, times: number[], sequence: Sequence = "block") {
    const key = `${target}|${sequence}`
    this.steps.set(key, [...(this.steps.get(key) ?? []), times])
  }

  resetSteps() {
    this.steps.clear()
  }

  /** The median of a metric's rounds (the peak for memory under load). */
  value(target: string, metric: Metric) {
    const values = [...(this.values.get(`${target}|${metric}`) ?? [])].sort((a, b) => a - b)
    if (!values.length) return NaN
    return metric === "load memory" ? values[values.length - 1] : percentile(values, 50)
  }

  /** p50 (ms) of one checkout step, or of the whole checkout with `step` null. */
  stepP50(target: string, step: number | null, sequence: Sequence = "block") {
    const runs = this.steps.get(`${target}|${sequence}`) ?? []
    const times = runs
      .map((t) => (step === null ? t.reduce((a, b) => a + b, 0) : t[step]))
      .sort((a, b) => a - b)
    return times.length ? percentile(times, 50) : NaN
  }
}

/** The target of the shop as one server process and one worker process on Redis. */
export const SPLIT = "shop server + worker"
/** The shop as `npm start` runs it with MEDUSA_SERVERS=2: two servers on one port, one worker. */
export const SPLIT_TWO = "shop 2 servers + worker"

const cell = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : "-")
const ratio = (shop: number, stock: number) =>
  Number.isFinite(shop) && Number.isFinite(stock) && stock ? `${(shop / stock).toFixed(2)}×` : "-"

export function printStockTables(
  figures: Figures,
  load: { buyers: number; each: number; atOnceRounds: number; sequential: number }
) {
  const rows: [string, (target: string) => number, number][] = [
    ["product list, 12 with prices + stock (req/s)", (t) => figures.value(t, "list"), 1],
    ["one product (req/s)", (t) => figures.value(t, "one"), 1],
    [
      `checkout, 8 store calls, sequential p50 (s, ${load.sequential} runs in a row)`,
      (t) => figures.stepP50(t, null) / 1000,
      2,
    ],
    [
      `checkout, 8 store calls, sequential p50 (s, ${load.sequential} runs, apps in turn)`,
      (t) => figures.stepP50(t, null, "turns") / 1000,
      2,
    ],
    [
      `checkouts per second, ${load.buyers} buyers × ${load.each} at once (median of ${load.atOnceRounds}, apps in turn)`,
      (t) => figures.value(t, "concurrent"),
      2,
    ],
    ["CPU per checkout at once, server processes (ms)", (t) => figures.value(t, "server cpu"), 0],
    [
      "CPU per checkout at once, server and worker processes (ms)",
      (t) => figures.value(t, "app cpu"),
      0,
    ],
    ["server memory idle (MiB)", (t) => figures.value(t, "idle memory"), 0],
    ["server memory under load, peak (MiB)", (t) => figures.value(t, "load memory"), 0],
  ]
  const header = [
    "figure",
    "stock",
    "shop",
    "shop/stock",
    "stock+Redis",
    "shop+Redis",
    "shop/stock",
    "shop server+worker",
    "/stock+Redis",
    "shop 2 servers+worker",
    "/stock+Redis",
  ]
  console.log(`\n| ${header.join(" | ")} |\n|${header.map(() => "---").join("|")}|`)
  for (const [label, read, digits] of rows) {
    const [a, b, c, d, e, f] = [
      "stock",
      "shop",
      "stock + Redis",
      "shop + Redis",
      SPLIT,
      SPLIT_TWO,
    ].map(read)
    const line = [label, cell(a, digits), cell(b, digits), ratio(b, a)]
    line.push(cell(c, digits), cell(d, digits), ratio(d, c), cell(e, digits), ratio(e, c))
    line.push(cell(f, digits), ratio(f, c))
    console.log(`| ${line.join(" | ")} |`)
  }

  printStepTable(figures, "block", `${load.sequential} sequential runs, in a row per app`)
  printStepTable(figures, "turns", `${load.sequential} sequential runs, the apps in turn`)
}

/** A guest checkout's p50 per store call of each target, for one way of running them. */
function printStepTable(figures: Figures, sequence: Sequence, runs: string) {
  console.log(`\nGuest checkout per store call, p50 over ${runs} (ms):`)
  const stepHeader = [
    "step",
    "stock",
    "shop",
    "stock+Redis",
    "shop+Redis",
    "shop server+worker",
    "shop 2 servers+worker",
  ]
  console.log(`| ${stepHeader.join(" | ")} |\n|${stepHeader.map(() => "---").join("|")}|`)
  const steps: [string, number | null][] = [
    ...CHECKOUT_STEPS.map((name, i): [string, number] => [name, i]),
    ["whole checkout", null],
  ]
  for (const [name, index] of steps) {
    const values = ["stock", "shop", "stock + Redis", "shop + Redis", SPLIT, SPLIT_TWO].map((t) =>
      cell(figures.stepP50(t, index, sequence), 0)
    )
    console.log(`| ${[name, ...values].join(" | ")} |`)
  }
}
