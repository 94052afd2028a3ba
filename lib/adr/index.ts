export { adrMarkdown, type AdrOptions } from "./adr";
export { escapeMarkdown } from "./markdown";
