// Runs the Playwright suite against the production build, in whichever Chromium this machine has.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { requireChromium } from "./find-chromium.mjs";

const executable = await requireChromium();
if (!existsSync(".next/BUILD_ID")) {
  console.error("No production build found: run `npm run build` first (npm test does).");
  process.exit(1);
}
const result = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, PLAYWRIGHT_CHROMIUM_EXECUTABLE: executable, NEXT_TELEMETRY_DISABLED: "1" },
});
process.exit(result.status ?? 1);
