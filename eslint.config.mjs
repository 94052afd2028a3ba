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
            {
              group: ["@/components/*", "**/components/*", "@/app/*", "**/app/*"],
              message: "lib/ imports nothing from components/ or app/.",
            },
          ],
        },
      ],
    },
  },
  {
    // components/ holds React components, their hooks and client stores. Loaders, HTTP helpers,
    // URL builders and formatters live in lib/, which never reaches up into components/ or app/,
    // and route handlers (which send no React) import nothing from components/.
    files: ["lib/**", "app/**/route.ts", "app/**/route.tsx", "proxy.ts"],
    // lib/scoring and lib/share carry the same patterns in their own, stricter block above.
    ignores: [
      "**/*.test.ts",
      "**/*.test-prop.ts",
      "**/*.test.tsx",
      "lib/scoring/**",
      "lib/share/**",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/components/*", "**/components/*", "@/app/*", "**/app/*"],
              message: "lib/ and route handlers import nothing from components/ or app/.",
            },
          ],
        },
      ],
    },
  },
]);
