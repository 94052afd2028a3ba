// `npm start` (its prestart) serves the production build: build it first when there is none, or
// when a source changed after it was made (a `git pull`, an edit). The rule is in
// ./lib/build-freshness.mjs.
import { ensureBuild } from "./lib/build-freshness.mjs";

try {
  ensureBuild("auto");
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
