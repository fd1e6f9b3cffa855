import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { linkUploadsFolder } from "../../backend/launcher/shop"

describe("uploaded files outlive a production rebuild", () => {
  let root: string
  let build: string
  let persistent: string

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "meixian-uploads-"))
    build = path.join(root, "backend/.medusa/server")
    persistent = path.join(root, "backend/static")
    fs.mkdirSync(build, { recursive: true })
  })
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

  it("links the build's static folder to the persistent one, and keeps files across a rebuild", () => {
    linkUploadsFolder(build, persistent)
    fs.writeFileSync(path.join(build, "static/photo.png"), "png")
    expect(fs.readFileSync(path.join(persistent, "photo.png"), "utf8")).toBe("png")

    // a rebuild deletes the build folder; the next start links it again
    fs.rmSync(build, { recursive: true, force: true })
    fs.mkdirSync(build, { recursive: true })
    linkUploadsFolder(build, persistent)
    linkUploadsFolder(build, persistent)
    expect(fs.readFileSync(path.join(build, "static/photo.png"), "utf8")).toBe("png")
  })

  it("moves files a build already held into the persistent folder", () => {
    fs.mkdirSync(path.join(build, "static"), { recursive: true })
    fs.writeFileSync(path.join(build, "static/old.png"), "old")
    linkUploadsFolder(build, persistent)
    expect(fs.lstatSync(path.join(build, "static")).isSymbolicLink()).toBe(true)
    expect(fs.readFileSync(path.join(persistent, "old.png"), "utf8")).toBe("old")
  })
})
