import path from "node:path"
import { defineConfig } from "vitest/config"

const root = path.resolve(__dirname, "..")

export default defineConfig({
  root,
  // the storefront's own import alias, for unit tests of its modules
  resolve: {
    alias: {
      "@/": `${path.join(root, "storefront")}/`,
      "@shared/": `${path.join(root, "backend/src/shared")}/`,
    },
  },
  test: {
    globals: true,
    include: [
      "tests/unit/**/*.test.ts",
      "tests/integration/**/*.test.ts",
      "tests/browser/**/*.test.ts",
    ],
    globalSetup: ["tests/setup/postgres.ts", "tests/setup/http-templates.ts"],
    setupFiles: ["tests/setup/medusa-runtime.ts"],
    pool: "forks",
    fileParallelism: false,
    hookTimeout: 300_000,
    testTimeout: 120_000,
    teardownTimeout: 60_000,
    reporters: ["default", ["json", { outputFile: "tests/artifacts/vitest-report.json" }]],
  },
})
