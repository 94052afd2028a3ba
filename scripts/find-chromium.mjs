// Finds a Chromium for Playwright: $PLAYWRIGHT_CHROMIUM_EXECUTABLE, the system package, or Playwright's own.
import { existsSync } from "node:fs";
import { execFileSync } from "node:child_process";

const CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
];

/** Flags that keep Chromium from calling home on a machine without network. */
export const CHROMIUM_ARGS = [
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-quic",
];

function onPath(name) {
  try {
    return (
      execFileSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).trim() || undefined
    );
  } catch {
    return undefined;
  }
}

/** The path of a usable Chromium, or undefined (null means "let Playwright use its own browser"). */
export async function findChromium() {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`PLAYWRIGHT_CHROMIUM_EXECUTABLE is set to ${fromEnv}, which does not exist.`);
  }
  for (const path of CANDIDATES) if (existsSync(path)) return path;
  for (const name of ["chromium", "chromium-browser", "google-chrome"]) {
    const path = onPath(name);
    if (path) return path;
  }
  try {
    const { chromium } = await import("playwright-core");
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // playwright-core not resolvable: fall through to the explanation.
  }
  return undefined;
}

const INSTALL_HINT = [
  "No Chromium found for the end-to-end tests. Install one of:",
  "  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium",
  "  Elsewhere:      npx playwright install chromium   (needs access to Playwright's download host)",
  "or point PLAYWRIGHT_CHROMIUM_EXECUTABLE at a Chromium or Chrome binary.",
].join("\n");

/**
 * The path of a Chromium, or exits the process with status 1 and says what to install (a CLI's
 * way to fail: only for scripts run from the command line).
 */
export async function requireChromium() {
  const path = await findChromium().catch((e) => {
    console.error(e.message);
    process.exit(1);
  });
  if (!path) {
    console.error(INSTALL_HINT);
    process.exit(1);
  }
  return path;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await requireChromium());
