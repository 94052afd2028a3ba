export { adrMarkdown, type AdrOptions, type AdrSettings } from "./adr";
export { escapeMarkdown } from "./markdown";
