// Writes lib/map/svg/vendor/dagre.mjs: the installed @dagrejs/dagre with its lookup tables made
// hash tables (scripts/lib/dagre-dictionaries.mjs says why). Run it after upgrading dagre;
// lib/map/svg/vendor/dagre.test.ts fails until you do.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { vendoredDagre } from "./lib/dagre-dictionaries.mjs";

const target = join(import.meta.dirname, "..", "lib", "map", "svg", "vendor", "dagre.mjs");
writeFileSync(target, vendoredDagre());
console.log(`wrote ${target}`);
