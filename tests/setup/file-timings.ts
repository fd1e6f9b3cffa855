/**
 * A reporter that records where each test file's time goes, to keep the
 * suite's wall time in view (docs/testing.md#wall-time): for every file, when
 * it started and ended in the run, how long its import took (collect: the
 * shop's fixtures and Medusa's packages), its file-level hooks (the app's boot
 * and the file's own beforeAll), and its tests (each with its beforeEach, the
 * database restore). Written to tests/artifacts/file-timings.json; the run
 * ends by printing the slowest files and the time per project.
 *
 * It also reads the machine's CPU time (/proc/stat) every 10 s: how many cores
 * the run kept busy, and in how many of those windows every core was (a run
 * bound by the CPU gains from less CPU work, not from more workers or less
 * waiting), and which processes spent it: every process's CPU time, read at
 * the same moments, summed by kind (test workers, Postgres, the browser shop's
 * Medusa and Next.js, Chromium, …; what processes that lived less than 2 s
 * spent is the rest of the machine's busy time).
 * Written to tests/artifacts/machine-cpu.json.
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import type { Reporter, TestModule, ReportedHookContext } from "vitest/node"

type FileTiming = {
  file: string
  project: string
  tests: number
  /** ms since the run started */
  queued: number
  started?: number
  ended?: number
  /** ms: import of the file and its fixtures */
  collect: number
  /** ms: file-level beforeAll/afterAll hooks */
  fileHooks: number
  /** ms: the tests, each with its beforeEach/afterEach hooks */
  testsMs: number
}

const OUTPUT = "tests/artifacts/file-timings.json"
const CPU_OUTPUT = "tests/artifacts/machine-cpu.json"
const CPU_SAMPLE_MS = 10_000
/** Processes are read more often: what one spends after its last reading is not counted. */
const PROCESS_SAMPLE_MS = 2_000
/** The unit of /proc's CPU times on Linux. */
const USER_HZ = 100

/** All cores' CPU time so far (USER_HZ ticks): busy and total; null where /proc/stat cannot be read. */
function cpuTicks(): { busy: number; total: number } | null {
  try {
    const line = fs.readFileSync("/proc/stat", "utf8").split("\n")[0]
    const ticks = line.trim().split(/\s+/).slice(1).map(Number)
    // user nice system idle iowait irq softirq steal (guest time is counted in user already)
    const total = ticks.slice(0, 8).reduce((sum, t) => sum + t, 0)
    const idle = ticks[3] + (ticks[4] ?? 0)
    return { busy: total - idle, total }
  } catch {
    return null
  }
}

/** A window of the run: when it ended (s since the start) and how many cores were busy in it. */
type CpuWindow = { at: number; busyCores: number }

/** What kind of process a command line is, for the CPU account. */
export function processKind(comm: string, cmdline: string): string {
  if (/^postgres|^postmaster/.test(comm) || /\/postgres( |$)/.test(cmdline)) return "postgres"
  if (/chrom/i.test(comm)) return "chromium"
  if (comm.startsWith("redis")) return "redis"
  if (/vitest[\\/].*(forks|worker)/.test(cmdline)) return "test workers (in-process apps)"
  if (/vitest/.test(cmdline)) return "vitest main"
  if (comm.startsWith("next-") || /next[\\/]dist|next-server|next start|next build/.test(cmdline))
    return "next.js"
  if (/medusa/.test(cmdline)) return "medusa processes"
  if (comm === "node" || /\bnode\b/.test(cmdline)) return "other node"
  return comm || "other"
}

/** Each live process's CPU ticks (utime + stime) and kind. */
type ProcessReading = { kind: string; command: string; ticks: number }

function processTicks(): Map<number, ProcessReading> {
  const found = new Map<number, ProcessReading>()
  let pids: string[] = []
  try {
    pids = fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name))
  } catch {
    return found
  }
  for (const pid of pids) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8")
      const close = stat.lastIndexOf(")")
      const comm = stat.slice(stat.indexOf("(") + 1, close)
      const fields = stat.slice(close + 2).split(" ")
      // fields from the state (3rd): utime 14, stime 15
      const ticks = Number(fields[11]) + Number(fields[12])
      const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ")
      found.set(Number(pid), {
        kind: processKind(comm, cmdline),
        command: cmdline.trim().slice(0, 160),
        ticks,
      })
    } catch {
      // gone meanwhile
    }
  }
  return found
}

export default class FileTimings implements Reporter {
  private readonly begun = Date.now()
  private readonly files = new Map<string, FileTiming>()
  private readonly hookStarts = new Map<string, number>()
  private readonly cores = os.cpus().length
  private readonly cpuWindows: CpuWindow[] = []
  private lastTicks = cpuTicks()
  private readonly firstTicks = this.lastTicks
  /** Per process: its kind, its ticks when the run began (or when first seen: 0) and as last read. */
  private readonly processes = new Map<
    number,
    { kind: string; command: string; first: number; last: number }
  >()
  private readonly sampler = setInterval(() => this.sampleCpu(), CPU_SAMPLE_MS).unref()
  private readonly processSampler = setInterval(
    () => this.readProcesses(false),
    PROCESS_SAMPLE_MS
  ).unref()

  constructor() {
    this.readProcesses(true)
  }

  private readProcesses(atStart: boolean) {
    for (const [pid, { kind, command, ticks }] of processTicks()) {
      const known = this.processes.get(pid)
      if (known) known.last = ticks
      else this.processes.set(pid, { kind, command, first: atStart ? ticks : 0, last: ticks })
    }
  }

  private sampleCpu() {
    const now = cpuTicks()
    const last = this.lastTicks
    this.lastTicks = now
    if (!now || !last || now.total <= last.total) return
    this.cpuWindows.push({
      at: Math.round((Date.now() - this.begun) / 1000),
      busyCores: Number(
        ((this.cores * (now.busy - last.busy)) / (now.total - last.total)).toFixed(2)
      ),
    })
  }

  private entry(module: TestModule): FileTiming {
    let timing = this.files.get(module.id)
    if (!timing) {
      timing = {
        file: path.relative(process.cwd(), module.moduleId),
        project: module.project.name,
        tests: 0,
        queued: Date.now() - this.begun,
        collect: 0,
        fileHooks: 0,
        testsMs: 0,
      }
      this.files.set(module.id, timing)
    }
    return timing
  }

  onTestModuleQueued(module: TestModule) {
    this.entry(module)
  }

  onTestModuleStart(module: TestModule) {
    this.entry(module).started = Date.now() - this.begun
  }

  // beforeAll/afterAll of the file or of a suite in it (Medusa's runner wraps the file in one)
  onHookStart(hook: ReportedHookContext) {
    if (hook.entity.type === "test") return
    this.hookStarts.set(`${hook.entity.id}:${hook.name}`, Date.now())
  }

  onHookEnd(hook: ReportedHookContext) {
    if (hook.entity.type === "test") return
    const key = `${hook.entity.id}:${hook.name}`
    const start = this.hookStarts.get(key)
    const module = hook.entity.type === "module" ? hook.entity : hook.entity.module
    if (start !== undefined) this.entry(module).fileHooks += Date.now() - start
    this.hookStarts.delete(key)
  }

  onTestModuleEnd(module: TestModule) {
    const timing = this.entry(module)
    const diagnostic = module.diagnostic()
    timing.ended = Date.now() - this.begun
    timing.collect = Math.round(diagnostic.collectDuration)
    let tests = 0
    let ms = 0
    for (const test of module.children.allTests()) {
      tests++
      ms += test.diagnostic()?.duration ?? 0
    }
    timing.tests = tests
    timing.testsMs = Math.round(ms)
  }

  onTestRunEnd() {
    const files = [...this.files.values()]
    fs.mkdirSync(path.dirname(OUTPUT), { recursive: true })
    fs.writeFileSync(OUTPUT, JSON.stringify(files, null, 1))
    const span = (t: FileTiming) => (t.ended ?? 0) - (t.started ?? t.ended ?? 0)
    const seconds = (ms: number) => (ms / 1000).toFixed(1).padStart(6)
    const lines = ["", "Slowest test files (s: in the run · import · file hooks · tests):"]
    for (const t of files.sort((a, b) => span(b) - span(a)).slice(0, 15)) {
      lines.push(
        `${seconds(span(t))} ${seconds(t.collect)} ${seconds(t.fileHooks)} ${seconds(t.testsMs)}  ${t.file}`
      )
    }
    const projects = new Map<string, number>()
    for (const t of files) projects.set(t.project, (projects.get(t.project) ?? 0) + span(t))
    lines.push(
      "Time in files per project (s, summed over workers): " +
        [...projects].map(([name, ms]) => `${name} ${(ms / 1000).toFixed(0)}`).join(", ")
    )
    clearInterval(this.sampler)
    clearInterval(this.processSampler)
    this.readProcesses(false)
    this.sampleCpu()
    // the 30 processes that spent the most, with their command line
    const top = [...this.processes.values()]
      .map(({ kind, command, first, last }) => ({
        kind,
        command,
        seconds: Math.round((last - first) / USER_HZ),
      }))
      .sort((a, b) => b.seconds - a.seconds)
      .slice(0, 30)
    const kinds = new Map<string, number>()
    for (const { kind, first, last } of this.processes.values())
      kinds.set(kind, (kinds.get(kind) ?? 0) + Math.max(0, last - first))
    const byKind = [...kinds]
      .map(([kind, ticks]) => ({ kind, seconds: Math.round(ticks / USER_HZ) }))
      .filter((k) => k.seconds > 0)
      .sort((a, b) => b.seconds - a.seconds)
    const busySeconds =
      this.firstTicks && this.lastTicks
        ? Math.round((this.lastTicks.busy - this.firstTicks.busy) / USER_HZ)
        : 0
    const accounted = byKind.reduce((sum, k) => sum + k.seconds, 0)
    if (busySeconds > accounted)
      byKind.push({ kind: "short-lived processes and the rest", seconds: busySeconds - accounted })
    fs.writeFileSync(
      CPU_OUTPUT,
      JSON.stringify({ cores: this.cores, byKind, top, windows: this.cpuWindows }, null, 1)
    )
    if (this.cpuWindows.length) {
      const mean = this.cpuWindows.reduce((sum, w) => sum + w.busyCores, 0) / this.cpuWindows.length
      const full = this.cpuWindows.filter((w) => w.busyCores >= this.cores * 0.95).length
      lines.push(
        `Machine CPU over the run: ${mean.toFixed(2)} of ${this.cores} cores busy on average; ` +
          `every core busy in ${Math.round((100 * full) / this.cpuWindows.length)} % of its 10 s windows`
      )
      lines.push(
        "CPU time by kind of process (s): " + byKind.map((k) => `${k.kind} ${k.seconds}`).join(", ")
      )
    }
    console.log(lines.join("\n"))
  }
}
