import { describe, expect, it } from "vitest"
import { processKind } from "../setup/file-timings"

describe("the test run's CPU account: kinds of process", () => {
  it("tells the run's processes apart by their command", () => {
    expect(processKind("postgres", "postgres: medusa medusa-shared-1 127.0.0.1(41234) idle")).toBe(
      "postgres"
    )
    expect(processKind("postgres", "/tmp/pg/bin/postgres -D /tmp/pg/data -p 5433")).toBe("postgres")
    expect(processKind("chromium", "/usr/lib/chromium/chromium --headless")).toBe("chromium")
    expect(processKind("redis-server", "redis-server 127.0.0.1:6390")).toBe("redis")
    expect(processKind("node", "node /work/main/node_modules/vitest/dist/workers/forks.js")).toBe(
      "test workers (in-process apps)"
    )
    expect(
      processKind(
        "node",
        "node /work/main/node_modules/vitest/vitest.mjs run --config tests/vitest.config.ts"
      )
    ).toBe("vitest main")
    expect(processKind("next-server (v1", "next-server (v15.5.4)")).toBe("next.js")
    expect(processKind("next-build (v16", "next-build (v16.4.6)")).toBe("next.js")
    expect(processKind("node", "node /work/main/node_modules/@medusajs/cli/cli.js start")).toBe(
      "medusa processes"
    )
    expect(processKind("node", "node /work/main/tests/fixtures/production/proxy.js")).toBe(
      "other node"
    )
    expect(processKind("sh", "/bin/sh -c npm run build")).toBe("sh")
  })
})
