/**
 * What the side-by-side bench (stock.ts) reads of the apps' processes from
 * /proc: resident memory of a server's process tree, and the CPU time its
 * processes have used (user + system), so the cost of a checkout can be told
 * per process apart from how many checkouts a second the machine allowed.
 */
import { execFileSync } from "node:child_process"
import fs from "node:fs"

/** Clock ticks per second of /proc/<pid>/stat's times (getconf CLK_TCK; 100 on Linux). */
const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100
  } catch {
    return 100
  }
})()

/** The fields of /proc/<pid>/stat after "pid (comm)": comm may hold spaces, so read after the last ")". */
function statFields(pid: number | string): string[] | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8")
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")
  } catch {
    // the process ended meanwhile
    return null
  }
}

/** `pid` and its descendants now. */
function processTree(pid: number): Set<number> {
  const parents = new Map<number, number>()
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    const fields = statFields(entry)
    if (fields) parents.set(Number(entry), Number(fields[1]))
  }
  const tree = new Set([pid])
  for (let grew = true; grew;) {
    grew = false
    for (const [child, parent] of parents) {
      if (tree.has(parent) && !tree.has(child)) {
        tree.add(child)
        grew = true
      }
    }
  }
  return tree
}

/** Resident memory (MiB) of `pid` and its descendants. */
export function processTreeMiB(pid: number): number {
  let kib = 0
  for (const p of processTree(pid)) {
    try {
      const status = fs.readFileSync(`/proc/${p}/status`, "utf8")
      kib += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
    } catch {
      // ended
    }
  }
  return kib / 1024
}

/** Resident memory (MiB) per server process: the largest of `pids`' process trees. */
export function serverMiB(pids: number[]): number {
  return Math.max(...pids.map(processTreeMiB))
}

/** CPU time (ms, user + system) used so far by the process trees of `pids`, together. */
export function cpuMs(pids: number[]): number {
  let ticks = 0
  for (const pid of pids) {
    for (const p of processTree(pid)) {
      const fields = statFields(p)
      // utime and stime are the 14th and 15th fields of the stat line (the 12th and 13th here)
      if (fields) ticks += Number(fields[11]) + Number(fields[12])
    }
  }
  return (ticks * 1000) / TICKS_PER_SECOND
}

/**
 * Runs `work` while sampling the servers' memory; answers the work's result
 * and the peak (MiB) of the largest server process.
 */
export async function withPeakMemory<T>(
  pids: number[],
  work: () => Promise<T>
): Promise<[T, number]> {
  let peak = serverMiB(pids)
  const timer = setInterval(() => {
    peak = Math.max(peak, serverMiB(pids))
  }, 250)
  try {
    const result = await work()
    return [result, Math.max(peak, serverMiB(pids))]
  } finally {
    clearInterval(timer)
  }
}
