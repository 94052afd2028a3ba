/**
 * The flow map (MAP.md): per-hand-off advice for a whole system. Pure: no React, no next/*, no I/O,
 * no clock. Map model 1 pins one-flow model 2 for its scopes.
 */
export * from "./types";
export { validateMap, formatMapError } from "./validate";
export { mapResult, type MapResultOptions } from "./result";
export {
  encodeMap,
  decodeMap,
  MAP_CODE_PREFIX,
  MAX_MAP_CODE_LENGTH,
  type MapDecodeResult,
} from "./code";
export { mapMermaid } from "./mermaid";
export { ORCHESTRATING_PATTERNS } from "./model-1/derive";
export { mapAdrMarkdown, type MapAdrOptions } from "./adr";
export { scopeFormName, IN_PROCESS_SCOPE_FORM } from "./scope-form";
export { importMermaid, importAsyncApi, type MapImportResult } from "./import";
export { formDefaults, LIMITS } from "./defaults";
