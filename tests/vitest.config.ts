import path from "node:path"
import { defineConfig } from "vitest/config"
import FileOrder from "./setup/sequencer"
import { sharedAppFiles } from "./setup/shared-app-files"
import { DEFAULT_SEMI_SPACE_MB } from "../backend/launcher/medusa-command"

const root = path.resolve(__dirname, "..")

// No telemetry from the apps the tests start (workers and child processes inherit this):
// with no network, Medusa's telemetry sender spawns a process per flush that spends
// seconds of CPU each (measured: about a minute of CPU per run), as the launcher
// already disables it for `npm run dev` and `npm start`.
process.env.MEDUSA_DISABLE_TELEMETRY ??= "true"
process.env.NEXT_TELEMETRY_DISABLED ??= "1"
// Passwords hashed and checked at a lower scrypt cost than production's (medusa-config.ts):
// the same code and answers, about 6 ms of a core per sign-in or registration instead of
// 180 ms (the seeds, every app's decoy hash, and the run's sign-ins: a sample of 16 files
// made 200 of them).
process.env.AUTH_SCRYPT_LOG_N ??= "10"
// Medusa's webhook route holds each payment notification 1 s instead of its 5 s
// (config/payments.ts): the same processing, with less waiting in the payment files.
process.env.PAYMENT_WEBHOOK_DELAY_MS ??= "1000"
// ts-node requires the TypeScript compiler through v8-compile-cache-lib, whose cache files in
// the system's temporary folder every worker reads and writes at once: a worker that read one
// half written by another died in V8's code deserializer ("Fatal error ... unreachable code",
// a clean-clone run of 2026-12-07) before its file began. Without that cache a worker loads
// the compiler about 0.1 s slower.
process.env.DISABLE_V8_COMPILE_CACHE ??= "1"

// Every Node process of the run (the test workers, which run Medusa in-process, and the
// Medusa, Next.js and tsx processes they start) gets the young generation `npm start` gives
// Medusa (backend/launcher/medusa-command.ts): with V8's default 16 MiB semi-spaces MikroORM's
// rows and the workflows' contexts outlive the scavenges. Measured in a test worker placing
// the seed's year of demo orders: 110-113 s of CPU with the default, 98-104 s with 32 MiB.
const YOUNG_GENERATION = `--max-semi-space-size=${DEFAULT_SEMI_SPACE_MB}`
if (!process.env.NODE_OPTIONS?.includes("--max-semi-space-size")) {
  process.env.NODE_OPTIONS = [process.env.NODE_OPTIONS, YOUNG_GENERATION].filter(Boolean).join(" ")
}

/**
 * Three projects, run together, three files at a time on the machine's two
 * cores (most files wait on their app, database or browser part of the time):
 * - unit files, several in one process (they start no app);
 * - integration files: an HTTP file's database is a copy of the databases
 *   tests/setup/http-templates.ts makes once per run; the files on the seeded
 *   shop with the default environment share their worker's app (project
 *   "integration-shared", tests/setup/shared-app-files.ts), every other file
 *   boots its own in a process of its own;
 * - browser files, on the one production shop tests/setup/browser-shop.ts
 *   builds and starts in the background, one file at a time on it (each
 *   resets it to what it starts from).
 * tests/setup/sequencer.ts orders the files so that the shop is kept busy
 * while the other files run.
 */
const WORKERS = 3
const SHARED_APP_FILES = sharedAppFiles(root)
/** First in every project: the run's scratch folder (tests/setup/scratch.ts), removed at its end. */
const SCRATCH = "tests/setup/scratch.ts"
const INTEGRATION_SETUP = [SCRATCH, "tests/setup/postgres.ts", "tests/setup/http-templates.ts"]
export default defineConfig({
  root,
  // the storefront's own import aliases, for unit tests of its modules
  resolve: {
    alias: {
      "@/": `${path.join(root, "storefront")}/`,
      "@shared/": `${path.join(root, "backend/src/shared")}/`,
      "@http/": `${path.join(root, "backend/src/types/http")}/`,
    },
  },
  test: {
    globals: true,
    setupFiles: ["tests/setup/medusa-runtime.ts"],
    pool: "forks",
    hookTimeout: 300_000,
    testTimeout: 120_000,
    teardownTimeout: 60_000,
    reporters: [
      "default",
      ["json", { outputFile: "tests/artifacts/vitest-report.json" }],
      "./tests/setup/file-timings.ts",
    ],
    sequence: { sequencer: FileOrder },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          globalSetup: [SCRATCH],
          maxWorkers: WORKERS,
          // pure code: one process runs many files (a fresh one per file costs
          // more than the tests themselves; measured: 16 s of CPU against 6)
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          exclude: SHARED_APP_FILES,
          globalSetup: INTEGRATION_SETUP,
          maxWorkers: WORKERS,
        },
      },
      {
        extends: true,
        test: {
          name: "integration-shared",
          include: SHARED_APP_FILES,
          globalSetup: INTEGRATION_SETUP,
          maxWorkers: WORKERS,
          // one app per worker process, booted by its first file (tests/fixtures/shared-app.ts)
          isolate: false,
          env: { TEST_SHARED_APP: "1" },
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          globalSetup: [SCRATCH, "tests/setup/postgres.ts", "tests/setup/browser-shop.ts"],
          maxWorkers: WORKERS,
        },
      },
    ],
  },
})
