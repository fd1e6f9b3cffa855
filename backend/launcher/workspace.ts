import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

const here = path.dirname(fileURLToPath(import.meta.url))

/** The workspace root: the nearest folder whose package.json declares workspaces. */
export const rootDir = (() => {
  let dir = here
  for (;;) {
    const pkg = path.join(dir, "package.json")
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, "utf8")).workspaces) {
      return dir
    }
    const parent = path.dirname(dir)
    if (parent === dir) throw new Error(`No workspace root above ${here}`)
    dir = parent
  }
})()

export const backendDir = path.join(rootDir, "backend")
export const storefrontDir = path.join(rootDir, "storefront")
export const dataDir = path.join(rootDir, ".data")

/** Loads `<root>/.env` into process.env (variables already set win). */
export function loadRootEnv() {
  const file = path.join(rootDir, ".env")
  if (fs.existsSync(file)) {
    process.loadEnvFile(file)
  }
}

/** Path of a binary installed by npm in the workspace. */
export function bin(name: string): string {
  for (const dir of [backendDir, storefrontDir, rootDir]) {
    const candidate = path.join(dir, "node_modules", ".bin", name)
    if (fs.existsSync(candidate)) return candidate
  }
  throw new Error(`${name} is not installed: run npm install first`)
}
