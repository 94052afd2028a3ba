/**
 * Slack's mrkdwn, as Slack documents it in "Formatting text for app surfaces"
 * (https://docs.slack.dev/messaging/formatting-message-text/, formerly
 * api.slack.com/reference/surfaces/formatting). Pure: no React, no next/*.
 *
 * The rules used here, in our words:
 * 1. `&`, `<` and `>` are control characters: written as text they must be the entities `&amp;`,
 *    `&lt;` and `&gt;`; nothing else is encoded.
 * 2. `<url>` and `<url|label>` are links; `<!here>`, `<@U123>`, `<#C123>` are mentions.
 * 3. `*bold*`, `_italic_`, `~strike~` and `` `code` `` format the text between a pair of markers;
 *    an opening marker starts the text or follows white space or punctuation, a closing one ends
 *    it or comes before white space or punctuation, and neither touches white space inside.
 *    Nothing is formatted inside a code span.
 * 4. There is no backslash escape: `\*` shows a backslash and then starts bold.
 * Markdown's `**bold**`, `[label](url)` and `# heading` are not mrkdwn.
 */

/**
 * `text` with Slack's three control characters written as entities (rule 1).
 *
 * @example
 * escapeMrkdwn("R&D <ops>") // → "R&amp;D &lt;ops&gt;"
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const MARKERS = new Set(["*", "_", "~"]);
const BOUNDARY = /[\s\p{P}\p{S}]/u;

/**
 * What Slack shows for a mrkdwn text, as plain text: links as their label (or URL), entities
 * decoded, formatting markers removed where rule 3 makes them markers. Follows the rules above,
 * not Slack's code; it exists to test what we write.
 *
 * @example
 * renderMrkdwn("*Checkout*: go &amp; see <https://x.example|here>") // → "Checkout: go & see here"
 */
export function renderMrkdwn(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (char === "<") {
      const end = text.indexOf(">", i);
      if (end !== -1) {
        const inner = text.slice(i + 1, end);
        const bar = inner.indexOf("|");
        out += decodeEntities(bar === -1 ? inner : inner.slice(bar + 1));
        i = end + 1;
        continue;
      }
    }
    if (char === "`") {
      const end = text.indexOf("`", i + 1);
      if (end > i + 1) {
        out += decodeEntities(text.slice(i + 1, end));
        i = end + 1;
        continue;
      }
    }
    if (MARKERS.has(char) && opens(text, i)) {
      const end = closing(text, i);
      if (end !== -1) {
        out += renderMrkdwn(text.slice(i + 1, end));
        i = end + 1;
        continue;
      }
    }
    const entity = /^&(amp|lt|gt);/.exec(text.slice(i));
    if (entity) {
      out += decodeEntities(entity[0]);
      i += entity[0].length;
      continue;
    }
    out += char;
    i += 1;
  }
  return out;
}

function opens(text: string, at: number): boolean {
  const before = text[at - 1];
  const after = text[at + 1];
  return (
    (before === undefined || BOUNDARY.test(before)) && after !== undefined && !/\s/u.test(after)
  );
}

/** The index of the marker that closes the one at `at`, on the same line, or -1. */
function closing(text: string, at: number): number {
  const marker = text[at]!;
  for (let j = at + 2; j < text.length; j++) {
    if (text[j] === "\n") return -1;
    if (text[j] !== marker) continue;
    const after = text[j + 1];
    if (!/\s/u.test(text[j - 1]!) && (after === undefined || BOUNDARY.test(after))) return j;
  }
  return -1;
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt);/g, (_, name: string) =>
    name === "amp" ? "&" : name === "lt" ? "<" : ">",
  );
}

/**
 * Where a text breaks the rules above as Slack would show it: a backslash before punctuation
 * (rule 4: shown as typed), a bare `&`, `<` or `>` outside a link (rule 1), and Markdown that is
 * not mrkdwn. Empty when the text is clean mrkdwn.
 *
 * @example
 * mrkdwnProblems("**Checkout v2\\.1**") // → ["Markdown bold (**) is not mrkdwn", "backslash escape \\. is shown as typed"]
 */
export function mrkdwnProblems(text: string): string[] {
  const problems: string[] = [];
  // Inside a code span formatting is literal, but &, < and > still need their entities.
  const outsideCode = text.replace(/`[^`\n]+`/g, "");
  const outsideLinks = text.replace(/<(?:https?:\/\/|mailto:|[!@#])[^<>\s]*>/g, "");
  if (/\*\*/.test(outsideCode)) problems.push("Markdown bold (**) is not mrkdwn");
  if (/\[[^\]]*\]\([^)]*\)/.test(outsideCode)) {
    problems.push("Markdown link [label](url) is not mrkdwn");
  }
  if (/^#{1,6} /m.test(outsideCode)) problems.push("Markdown heading is not mrkdwn");
  for (const match of outsideCode.matchAll(/\\[!-/:-@[-`{-~]/g)) {
    problems.push(`backslash escape ${match[0]} is shown as typed`);
  }
  if (/[<>]/.test(outsideLinks)) problems.push("bare < or > outside a link: write &lt; or &gt;");
  if (/&(?!amp;|lt;|gt;)/.test(outsideLinks)) problems.push("bare &: write &amp;");
  return problems;
}
