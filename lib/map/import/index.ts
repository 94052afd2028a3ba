export { importMermaid } from "./mermaid";
export { importAsyncApi } from "./asyncapi";
export type { MapImportResult } from "./draft";
export { formatHint } from "./detect";
