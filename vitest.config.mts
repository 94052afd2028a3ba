import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["**/*.test.ts", "**/*.test-prop.ts", "**/*.test.tsx"],
    exclude: ["node_modules/**", ".next/**", "e2e/**"],
    environment: "node",
    // Property tests run thousands of full recommendations on a 2-core machine: a generous limit
    // keeps a busy machine from failing them. Speed is measured in `npm run bench`, not here.
    testTimeout: 120_000,
  },
});
