/**
 * The Baton CLI: prints Result JSON for an Answers JSON file, stdin, or a share code.
 *   npm run --silent advise -- FILE      (Answers JSON; "-" reads stdin)
 *   npm run --silent advise -- --code CODE
 *   npm run --silent advise -- --map FILE      (Map JSON; "-" reads stdin; prints Map Result JSON)
 *   npm run --silent advise -- --map-code CODE (a map code, m1.…)
 *   npm run --silent advise -- --map-import FILE (a Mermaid sequence diagram or AsyncAPI 3
 *     documents, Markdown code fences allowed; "-" reads stdin): prints the Map Result JSON of the
 *     map the editor would make of it (answers the import doesn't set are the form's defaults),
 *     and the import's notes and the map's /map?code= link on stderr, one "advise: note:" line each;
 *     the link is a path on a Baton site unless --base-url URL (e.g. https://baton.example) is given
 *   add --config FILE to apply an organisation config (paved road, exclusions) to the tools
 * Bad input: exit 2 with one line on stderr per problem (a map's errors each name their field).
 */
import { readFileSync } from "node:fs";
import { parseAnswersJson } from "../lib/answers";
import { decodeUtf8, parseJsonText } from "../lib/text/data";
import { loadConfigFile, withOrganisation, type OrganisationConfig } from "../lib/organisation";
import { buildResult, type ResultJson } from "../lib/result";
import { decode } from "../lib/share";
import { decodeMap, formatMapError, mapResult, validateMap, type MapResult } from "../lib/map";
import { mapWithOrganisation } from "../lib/map/organisation";
import { importText } from "../lib/map/import/detect";
import { importedMap } from "../lib/map/import/form";

const USAGE =
  "usage: npm run --silent advise -- [--config FILE] FILE | - | --code CODE | --map FILE | --map - | --map-code CODE | [--base-url URL] --map-import FILE | --map-import -";

let organisation: OrganisationConfig | undefined;
/** The origin the editor link of `--map-import` starts with (`--base-url`); none: a site path. */
let baseUrl: string | undefined;

function fail(message: string): never {
  return failAll([message]);
}

/** At most this many error lines; the rest are counted on one more line. */
const MAX_ERROR_LINES = 50;

/** Exits 2 with each message on its own stderr line (each names its field), at most 50 and a count. */
function failAll(messages: string[]): never {
  const shown = messages.slice(0, MAX_ERROR_LINES);
  if (messages.length > shown.length) shown.push(`… and ${messages.length - shown.length} more`);
  for (const message of shown)
    process.stderr.write(`advise: ${message.replace(/\s+/g, " ").trim()}\n`);
  process.exit(2);
}

function main(args: string[]): void {
  const at = args.indexOf("--config");
  const argv = [...args];
  if (at >= 0) {
    const file = argv[at + 1];
    if (file === undefined) fail("--config needs a file");
    argv.splice(at, 2);
    const loaded = loadConfigFile(file);
    if (!loaded.ok) fail(`--config ${loaded.message}`);
    organisation = loaded.value.config;
  }
  const base = argv.indexOf("--base-url");
  if (base >= 0) {
    const url = argv[base + 1];
    if (url === undefined) fail("--base-url needs a URL, e.g. https://baton.example");
    argv.splice(base, 2);
    let parsed: URL | undefined;
    try {
      parsed = new URL(url);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol))
      fail(`--base-url must be an http or https URL, got ${JSON.stringify(url)}`);
    baseUrl = url.replace(/\/+$/, "");
  }
  if (argv.length === 0 || argv.includes("--help") || argv.includes("-h")) {
    if (argv.length === 0) fail(USAGE);
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (argv[0] === "--code") {
    if (argv.length !== 2) fail(USAGE);
    const decoded = decode(argv[1]);
    if (!decoded.ok) fail(`code: ${decoded.message}`);
    print(buildResult({ model: decoded.model, answers: decoded.answers }));
    return;
  }
  if (argv[0] === "--map-code") {
    if (argv.length !== 2) fail(USAGE);
    const decoded = decodeMap(argv[1]);
    if (!decoded.ok) fail(`map code: ${decoded.message}`);
    printMap(mapResult(decoded.map));
    return;
  }
  if (argv[0] === "--map") {
    if (argv.length !== 2) fail(USAGE);
    const valid = validateMap(readJson(argv[1]!));
    if (!valid.ok) failAll(valid.errors.map(formatMapError));
    printMap(mapResult(valid.map));
    return;
  }
  if (argv[0] === "--map-import") {
    if (argv.length !== 2) fail(USAGE);
    const { format, result } = importText(readText(argv[1]!));
    // "flow.mmd (mermaid): line 3: …": the text's own errors name their line, the others a field.
    const source = `${argv[1] === "-" ? "stdin" : argv[1]} (${format})`;
    if (!result.ok)
      failAll(
        result.errors.map(
          (e) => `${source}: ${e.field === "text" ? e.message : formatMapError(e)}`,
        ),
      );
    const valid = validateMap(importedMap(result));
    if (!valid.ok) failAll(valid.errors.map(formatMapError));
    const mapped = mapResult(valid.map);
    for (const note of [
      ...result.notes,
      `${result.imported.length} ${result.imported.length === 1 ? "answer" : "answers"} came from the ${format === "mermaid" ? "diagram" : "documents"}; every other answer is the editor's default (docs/MAP.md §4.1), undo included, which no import can know. Check them in the editor: ${editorLink(mapped.code)}`,
    ])
      process.stderr.write(`advise: note: ${note}\n`);
    printMap(mapped);
    return;
  }
  if (argv.length !== 1) fail(USAGE);
  const parsed = parseAnswersJson(readJson(argv[0]!));
  if (!parsed.ok) fail(parsed.message);
  print(buildResult(parsed.value));
}

/** The editor's link for a map code: absolute with --base-url, else a path said to be one. */
function editorLink(code: string): string {
  const path = `/map?code=${code}`;
  return baseUrl
    ? `${baseUrl}${path}`
    : `${path} (a path on your Baton site; pass --base-url to print a full link)`;
}

/** The UTF-8 text of a file, or stdin for "-"; exits 2 naming the source when it can't. */
function readText(source: string): string {
  const name = source === "-" ? "stdin" : source;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(source === "-" ? 0 : source);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(`cannot read ${name}${code ? ` (${code})` : ""}`);
  }
  // A byte-order mark is dropped, every string made well-formed.
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) fail(`${name}: ${decoded.message}`);
  return decoded.text;
}

/** The JSON in a file, or stdin for "-"; exits 2 naming the source when it can't. */
function readJson(source: string): unknown {
  const name = source === "-" ? "stdin" : source;
  // A repeated key is refused.
  const json = parseJsonText(readText(source));
  if (!json.ok) {
    fail(
      json.field === undefined
        ? `${name} is not valid JSON: ${json.message}`
        : `${name}: ${json.message}`,
    );
  }
  return json.value;
}

function print(result: ResultJson): void {
  const value = withOrganisation(result, organisation);
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

function printMap(result: MapResult): void {
  const value = mapWithOrganisation(result, organisation);
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

main(process.argv.slice(2));
