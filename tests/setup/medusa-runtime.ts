/**
 * Runs in every test worker before each test file: Medusa require()s its
 * config, modules, links and migrations natively, so TypeScript must be
 * loadable by Node (ts-node, transpile only), and the app root is backend/.
 *
 * A worker runs many files one after the other (`isolate: false`, see
 * tests/vitest.config.ts), so Node loads Medusa's packages once per worker,
 * not once per file. What a file could leave behind for the next one is put
 * back before each file after the first, as a fresh process would have it
 * (tests/setup/worker-reset.ts): the environment, the shop's own code and
 * config, Medusa's global container and module registry.
 */
import { createRequire } from "node:module"
import path from "node:path"
import { resetWorker } from "./worker-reset"

const backendDir = path.resolve(__dirname, "../../backend")

type WorkerState = { env: NodeJS.ProcessEnv; files: number }
const holder = globalThis as { __meixianWorker?: WorkerState }

if (!holder.__meixianWorker) {
  createRequire(__filename)("ts-node").register({
    transpileOnly: true,
    project: path.join(backendDir, "tsconfig.json"),
    compilerOptions: { module: "commonjs" },
  })
  process.chdir(backendDir)
  process.env.NODE_ENV ??= "test"
  holder.__meixianWorker = { env: { ...process.env }, files: 1 }
} else {
  holder.__meixianWorker.files++
  resetWorker(holder.__meixianWorker.env)
  process.chdir(backendDir)
}
