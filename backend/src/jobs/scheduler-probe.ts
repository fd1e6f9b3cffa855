import fs from "node:fs"
import { defineFileConfig } from "@medusajs/framework/utils"

/**
 * A check of the scheduler, off unless MEDUSA_SCHEDULER_PROBE_FILE names a
 * file (then registered, as every job, only in a worker or shared process):
 * every MEDUSA_SCHEDULER_PROBE_SECONDS (default 2) it appends one line to that
 * file, `{"pid", "mode", "scheduledFor"}`. Several servers and workers on one
 * Redis write each tick once, from a worker; the multi-process test
 * (tests/integration/production/topology.test.ts) reads it, and an operator
 * may switch it on for a minute to see which process runs the shop's jobs
 * (docs/production.md#topology). Unset, Medusa skips this file entirely.
 */
defineFileConfig({ isDisabled: () => !process.env.MEDUSA_SCHEDULER_PROBE_FILE })

export default async function schedulerProbeJob(
  _container: unknown,
  context?: { scheduledFor?: Date }
) {
  const file = process.env.MEDUSA_SCHEDULER_PROBE_FILE
  if (!file) return
  const line = {
    pid: process.pid,
    mode: process.env.MEDUSA_WORKER_MODE || "shared",
    scheduledFor: (context?.scheduledFor ?? new Date()).toISOString(),
  }
  fs.appendFileSync(file, JSON.stringify(line) + "\n")
}

export const config = {
  name: "scheduler-probe",
  schedule: { interval: (Number(process.env.MEDUSA_SCHEDULER_PROBE_SECONDS) || 2) * 1000 },
}
