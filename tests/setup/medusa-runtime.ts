/**
 * Runs in every test worker before the test file: Medusa require()s its config,
 * modules, links and migrations natively, so TypeScript must be loadable by
 * Node (ts-node, transpile only), and the app root is backend/.
 */
import { createRequire } from "node:module"
import path from "node:path"

const backendDir = path.resolve(__dirname, "../../backend")

// once per process: a worker that runs several files (isolate: false) runs this for each
const REGISTERED = Symbol.for("meixian.tests.tsNode")
const scope = globalThis as unknown as Record<symbol, boolean | undefined>
if (!scope[REGISTERED]) {
  createRequire(__filename)("ts-node").register({
    transpileOnly: true,
    project: path.join(backendDir, "tsconfig.json"),
    compilerOptions: { module: "commonjs" },
  })
  scope[REGISTERED] = true
}
process.chdir(backendDir)
process.env.NODE_ENV ??= "test"
