import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    "node_modules/**",
    "next-env.d.ts",
    "bench/.tmp/**",
    "test-results/**",
    "playwright-report/**",
  ]),
  {
    files: ["lib/scoring/**", "lib/share/**"],
    ignores: ["**/*.test.ts", "**/*.test-prop.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-dom", "next", "next/*", "node:*", "fs", "path"],
              message: "lib/scoring and lib/share are pure: no React, Next or I/O.",
            },
          ],
        },
      ],
    },
  },
]);
