/**
 * Escaping for Markdown. CommonMark lets any ASCII punctuation be escaped with a backslash, so
 * escaping all of it turns untrusted text into literal text: no links, emphasis, headings, raw
 * HTML or tables can be smuggled in.
 */

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/**
 * Escapes text for use inside a Markdown paragraph, heading or list item.
 *
 * @example
 * escapeMarkdown("<b>Pay</b> *now*") // → "\\<b\\>Pay\\<\\/b\\> \\*now\\*"
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, " ").replace(ASCII_PUNCTUATION, (c) => `\\${c}`);
}

/**
 * Escapes untrusted text for the middle of a Markdown line (inside `**…**`, after other text),
 * where line-start constructs (headings, lists, quotes, tables) cannot begin. Only what would
 * change the rendering in CommonMark with GitHub's extensions is escaped, so the text reads the
 * same in renderers and stays clean where it is shown raw: emphasis, code, strikethrough and link
 * brackets, raw HTML (`<`), entity references, GitHub's mentions (`@name`), issue references
 * (`#12`), math (`$`) and the start of a `www.` or `scheme://` link. `v2.1 (EU) - a/b` stays as it
 * is. A bare URL or e-mail address may still become a link showing the same text (remark's GFM
 * also finds them in text after escapes are resolved).
 *
 * @example
 * escapeMarkdownInline("Checkout v2.1 (EU) - payments/refunds") // → "Checkout v2.1 (EU) - payments/refunds"
 * escapeMarkdownInline("[x](javascript:alert(1)) <b>") // → "\\[x\\](javascript:alert(1)) \\<b>"
 */
export function escapeMarkdownInline(text: string): string {
  return (
    text
      .replace(/[\r\n\u2028\u2029]+/g, " ")
      .replace(/[\\`*_[\]<~$]/g, (c) => `\\${c}`)
      .replace(/&(?=#?[A-Za-z0-9]+;)/g, "\\&")
      // GFM's tokenizer takes `www.` and `scheme://` links with any backslash after them.
      .replace(/(?<![\p{L}\p{N}])(www)\./giu, "$1\\.")
      .replace(/(?<![\p{L}\p{N}])([A-Za-z][A-Za-z0-9+.-]*):(?=\/\/)/gu, "$1\\:")
      .replace(/(?<![\p{L}\p{N}_.+-])@(?=[\p{L}\p{N}_-])/gu, "\\@")
      .replace(/#(?=\p{N})/gu, "\\#")
  );
}
