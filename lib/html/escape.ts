/**
 * Escapes text for an HTML text node or a quoted attribute value: `& < > " '` become entities.
 *
 * @example
 * escapeHtml(`<a href="x">`) // → "&lt;a href=&quot;x&quot;&gt;"
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}
