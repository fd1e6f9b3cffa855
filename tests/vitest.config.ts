import path from "node:path"
import { defineConfig } from "vitest/config"
import FileOrder from "./setup/sequencer"

const root = path.resolve(__dirname, "..")

/**
 * Three projects, run on the machine's two cores:
 * - unit and integration files two at a time (each HTTP file has its own app
 *   and database; tests/setup/http-templates.ts makes the databases they copy),
 *   while the browser tests' shop is built and started in the background;
 * - then the browser files one after the other, on that one shop
 *   (tests/setup/browser-shop.ts), each resetting it to what it starts from.
 */
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
    setupFiles: ["tests/setup/medusa-runtime.ts"],
    pool: "forks",
    hookTimeout: 300_000,
    testTimeout: 120_000,
    teardownTimeout: 60_000,
    reporters: ["default", ["json", { outputFile: "tests/artifacts/vitest-report.json" }]],
    sequence: { sequencer: FileOrder },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/setup/postgres.ts", "tests/setup/http-templates.ts"],
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          globalSetup: ["tests/setup/postgres.ts", "tests/setup/browser-shop.ts"],
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
})
