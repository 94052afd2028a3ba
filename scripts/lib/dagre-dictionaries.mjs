// dagre with its lookup tables made hash tables: the flow map's copy of @dagrejs/dagre
// (lib/map/svg/vendor/dagre.mjs), written by `node scripts/vendor-dagre.mjs`.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * How many lookup tables `withDictionaries` turns into hash tables in @dagrejs/dagre 3.1.4's
 * dist/dagre.esm.js. Another number means another dagre: read the new places before vendoring it.
 */
export const DICTIONARIES = 56;

/**
 * dagre's ES module source with every object it uses as a lookup table keyed by node or edge
 * names (`x = {}`, and the `{}` a `reduce` starts from) created as `Object.create(null)` instead.
 *
 * Why: dagre builds dozens of small graphs per layout (one per rank and sweep direction, one per
 * alignment) and names its dummy nodes from a counter that never repeats ("_d1234"). V8 gives a
 * `{}` that gains properties one at a time a new hidden class per new name, so every table dagre
 * fills costs a hidden-class transition per entry and is never shared with the next layout's. An
 * object without a prototype starts as a hash table (V8's dictionary mode), where a new key is
 * only a hash insert. Same keys, same insertion order, same enumeration order (ECMA-262
 * OrdinaryOwnPropertyKeys): the layout is the same to the bit, about a third cheaper
 * (bench/runs/2026-12-07-issue-22-cold-map-perf-2.log).
 *
 * Left alone: the module namespace objects (`var ie={}`), the option defaults of `layout()` and
 * `order()`, the two-field sentinel of dagre's list, and every `{}` passed as a node, edge or graph
 * label (fixed fields, better as ordinary objects).
 *
 * @param {string} source the text of @dagrejs/dagre/dist/dagre.esm.js
 * @returns {{ text: string, count: number }} the patched text and how many `{}` it replaced
 * @example
 * withDictionaries("function W(e,n){let t={};return t}").text
 * // → "function W(e,n){let t=Object.create(null);return t}"
 */
export function withDictionaries(source) {
  let count = 0;
  const text = source.replace(/(?<=[=,(?:])\{\}/g, (match, offset) => {
    const before = source.slice(Math.max(0, offset - 24), offset);
    const after = source.slice(offset + 2, offset + 12);
    const keep =
      /var \w+=$/.test(before) || // a module namespace object
      /\(e,n=$/.test(before) || // the options default of layout() and order()
      after.startsWith(";n._next") || // the list's sentinel
      /(setNode|setEdge|setGraph|assign)\([^()]*$/.test(before) || // a label, or a copy of one
      /M\(e,"root",$/.test(before) || // the nesting graph root's label
      /\.v,r\.w,$/.test(before); // an edge label in the debug graph
    if (keep) return match;
    count++;
    return "Object.create(null)";
  });
  return { text, count };
}

/** The installed @dagrejs/dagre: its version, its ES module text and its licence. */
export function installedDagre() {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve("@dagrejs/dagre/package.json"));
  const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  return {
    version,
    source: readFileSync(join(root, "dist", "dagre.esm.js"), "utf8"),
    license: readFileSync(join(root, "LICENSE"), "utf8"),
  };
}

/**
 * The whole vendored file: a header (where it comes from, what was changed, the licence) and the
 * patched module.
 *
 * @throws when the installed dagre has a different number of lookup tables than `DICTIONARIES`
 */
export function vendoredDagre() {
  const { version, source, license } = installedDagre();
  // The package's source map describes the unpatched text and is not copied, and its LEGAL.txt
  // is the licence the header carries: drop both references.
  const { text, count } = withDictionaries(
    source
      .replace(/\n\/\/# sourceMappingURL=.*\s*$/, "\n")
      .replace(/\n\/\*! For license information please see [\w.]+ \*\/\s*$/, "\n"),
  );
  if (count !== DICTIONARIES)
    throw new Error(
      `@dagrejs/dagre ${version}: ${count} lookup tables, not ${DICTIONARIES}; read the new places before vendoring it.`,
    );
  const header = [
    `// @dagrejs/dagre ${version} (dist/dagre.esm.js), written by \`node scripts/vendor-dagre.mjs\`: do not edit.`,
    `// Changed: ${count} lookup tables are created as Object.create(null); see scripts/lib/dagre-dictionaries.mjs.`,
    ...license
      .trim()
      .split("\n")
      .map((line) => `// ${line}`.trimEnd()),
  ].join("\n");
  return `${header}\n${text.trimEnd()}\n`;
}
