// ESLint for the whole workspace: typescript-eslint everywhere, React hooks in
// the admin extensions and the storefront, Next.js' rules in the storefront,
// and Prettier (eslint-config-prettier) owning formatting.
import js from "@eslint/js"
import nextPlugin from "@next/eslint-plugin-next"
import prettier from "eslint-config-prettier"
import reactHooks from "eslint-plugin-react-hooks"
import globals from "globals"
import tseslint from "typescript-eslint"

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/.medusa/**",
      "**/.next/**",
      "**/dist/**",
      ".data/**",
      "backups/**",
      "tests/artifacts/**",
      "backend/static/**",
      "storefront/next-env.d.ts",
      "**/migrations/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    // the admin extensions and the storefront are React
    files: ["backend/src/admin/**/*.{ts,tsx}", "storefront/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ["storefront/**/*.{ts,tsx}"],
    plugins: { "@next/next": nextPlugin },
    settings: { next: { rootDir: "storefront" } },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
    },
  },
  {
    // tests drive the shop's HTTP API and Medusa's responses loosely typed
    files: ["tests/**/*.ts"],
    languageOptions: { globals: { ...globals.vitest } },
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  prettier
)
