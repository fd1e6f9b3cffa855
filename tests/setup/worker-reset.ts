/**
 * Puts a test worker back to the state a fresh process starts a file in, once
 * a file has run in it (tests/setup/medusa-runtime.ts calls this before each
 * file after the first). Node keeps Medusa's packages loaded, which is the
 * point: they are most of an HTTP file's boot. What a file changes that the
 * next one would see is undone here:
 * - the environment: variables a file set (its `shopSuite` `env`, a launcher's
 *   paths) are removed and changed ones restored, so the next file's
 *   medusa-config.ts reads what a fresh worker would;
 * - the config (root and backend/ medusa-config.ts) and the links
 *   (backend/src/links): removed from Node's module cache, so the config is
 *   read again with the file's environment and the links register themselves
 *   again when Medusa loads them;
 * - Medusa's global container (`@medusajs/framework`'s `container`): made an
 *   empty one (the same object, with the methods of a new container), since
 *   its registrations (the database connection, the
 *   modules, the config) outlive `dispose()` and Medusa's loaders keep a
 *   registration they find (`pgConnectionLoader` would hand the next app the
 *   previous file's dropped database);
 * - Medusa's module registry (`MedusaModule`): emptied, as its test runner
 *   does after a migration;
 * - what Medusa's in-memory modules keep for the whole process: the local
 *   event bus's EventEmitter (the previous app's subscribers would handle the
 *   next app's events) and the workflow engine's execution subscriptions.
 * The rest of the shop's code stays loaded, as Medusa's packages do: its
 * workflows and steps stay registered in Medusa's WorkflowManager (loading
 * them again would register them twice), and its module-level state is
 * caches of fixed data (regions, the password dictionary, the word segmenter)
 * and once-only warnings. Files set what the app reads from the environment
 * before it boots, and the shop's code reads such variables when it runs.
 */
import { createRequire } from "node:module"
import path from "node:path"

const root = path.resolve(__dirname, "../..")
const nodeRequire = createRequire(path.join(root, "backend", "package.json"))

function restoreEnv(snapshot: NodeJS.ProcessEnv) {
  for (const name of Object.keys(process.env)) {
    if (!(name in snapshot)) delete process.env[name]
  }
  for (const [name, value] of Object.entries(snapshot)) {
    if (process.env[name] !== value) process.env[name] = value
  }
}

/**
 * The files Medusa reads again on each boot for what they do when loaded: the
 * config (it reads the environment) and the links (each registers itself in
 * MedusaModule's registry, which is emptied between files).
 */
const RELOADED = [
  path.join(root, "medusa-config.ts"),
  path.join(root, "backend", "medusa-config.ts"),
  path.join(root, "backend", "src", "links") + path.sep,
]

function forgetConfigAndLinks() {
  for (const file of Object.keys(nodeRequire.cache)) {
    if (RELOADED.some((prefix) => file.startsWith(prefix))) delete nodeRequire.cache[file]
  }
}

/** Medusa's globals, if a file loaded Medusa (unit files do not). */
function freshMedusaGlobals() {
  const frameworkDir = path.dirname(nodeRequire.resolve("@medusajs/framework"))
  const containerModule = nodeRequire.cache[path.join(frameworkDir, "container.js")]?.exports
  if (containerModule) {
    // the same object, emptied: modules that imported it (also through
    // `import()`, whose bindings of a CommonJS module never change) keep it
    const { ContainerRegistrationKeys, createMedusaContainer } = nodeRequire(
      "@medusajs/framework/utils"
    )
    const container = containerModule.container
    // the local event bus keeps one EventEmitter for the process: the previous
    // app's subscribers would handle the next app's events too
    const eventBus = container.registrations.event_bus ? container.resolve("event_bus") : null
    eventBus?.eventEmitter_?.removeAllListeners()
    // registered once, when @medusajs/framework is loaded: functions of its
    // current config and feature flags, kept
    const kept = [
      ContainerRegistrationKeys.CONFIG_MODULE,
      ContainerRegistrationKeys.FEATURE_FLAG_ROUTER,
    ]
      .map((name: string) => [name, container.registrations[name]])
      .filter(([, resolver]) => resolver)
    Object.defineProperties(container, Object.getOwnPropertyDescriptors(createMedusaContainer()))
    for (const [name, resolver] of kept) container.register(name, resolver)
  }
  // the in-memory workflow engine's subscriptions to workflow executions
  const orchestrator = Object.keys(nodeRequire.cache).find((file) =>
    file.endsWith(
      path.join("workflow-engine-inmemory", "dist", "services", "workflow-orchestrator.js")
    )
  )
  nodeRequire.cache[orchestrator ?? ""]?.exports.WorkflowOrchestratorService?.subscribers?.clear()
  const registry = (globalThis as { MedusaModule?: MedusaModuleStatics }).MedusaModule
  registry?.clearInstances()
  registry?.loading_?.clear()
}

type MedusaModuleStatics = { clearInstances(): void; loading_?: Map<string, unknown> }

export function resetWorker(envSnapshot: NodeJS.ProcessEnv) {
  restoreEnv(envSnapshot)
  forgetConfigAndLinks()
  freshMedusaGlobals()
}
