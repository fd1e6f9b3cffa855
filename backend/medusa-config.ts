// Medusa looks for its config in the application root (this folder). The shop
// keeps one config at the workspace root; find it by walking up to the
// package.json that declares workspaces (this file also runs from
// backend/.medusa/server after `medusa build`).
import path from "path"
import fs from "fs"

function workspaceRoot(start: string): string {
  let dir = start
  for (;;) {
    const pkg = path.join(dir, "package.json")
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, "utf8")).workspaces) {
      return dir
    }
    const parent = path.dirname(dir)
    if (parent === dir) {
      throw new Error(`No workspace root above ${start}`)
    }
    dir = parent
  }
}

// Medusa require()s this file and the root config is found at run time, so this stays a require.
// eslint-disable-next-line @typescript-eslint/no-require-imports
module.exports = require(path.join(workspaceRoot(__dirname), "medusa-config"))
