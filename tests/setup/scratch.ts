/**
 * One folder for the run's throwaway files (the payment stand-ins' keys and
 * certificates, a notice's body on disk): made before the files start, named
 * to the workers in TEST_SCRATCH_DIR (tests/fixtures/scratch.ts), and removed
 * with everything in it when the run ends. A file's own folders cannot be
 * removed at its process's end: vitest ends a worker with SIGTERM, which runs
 * no exit hook, and the app the file booted reads its keys until then.
 *
 * Every project lists this global setup first; the first one makes the
 * folder and the others share it (counted, so the last teardown removes it).
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { sharedSetup } from "./background"

async function start(): Promise<() => Promise<void>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "meixian-scratch-"))
  process.env.TEST_SCRATCH_DIR = dir
  return async () => {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

export default () => sharedSetup("scratch", start)
