export {
  adrNumber,
  adrFileName,
  adrMarkdown,
  adrQuery,
  type AdrOptions,
  type AdrSettings,
} from "./adr";
export { exportDay, type ExportDay } from "./export-day";
export { escapeMarkdown } from "../text/markdown";
