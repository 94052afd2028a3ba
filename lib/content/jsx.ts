/**
 * Finds the JSX elements in an article's MDX body, with their attributes, without compiling it.
 * Fenced and inline code are skipped, as the MDX compiler skips them.
 */
import { proseLines } from "./markdown";

export type AttributeValue =
  { kind: "string"; value: string } | { kind: "expression"; source: string } | { kind: "flag" };

export interface JsxElement {
  name: string;
  /** 1-based line of the opening `<`. */
  line: number;
  attributes: Record<string, AttributeValue>;
  closing: boolean;
  selfClosing: boolean;
}

export interface JsxScan {
  elements: JsxElement[];
  /** `{…}` expressions in prose, outside any tag: MDX would evaluate them. */
  expressions: { line: number; source: string }[];
  errors: { line: number; message: string }[];
}

/** Blanks inline code spans (same length, so offsets and line numbers stay true). */
function withoutInlineCode(line: string): string {
  return line.replace(/(`+)(?:(?!\1)[\s\S])*?\1/g, (span) => " ".repeat(span.length));
}

export function scanJsx(body: string): JsxScan {
  const text = proseLines(body).map(withoutInlineCode).join("\n");
  const lineAt = (offset: number) => text.slice(0, offset).split("\n").length;
  const scan: JsxScan = { elements: [], expressions: [], errors: [] };
  let i = 0;

  /** Index just past the `}` matching the `{` at `start`, skipping strings. */
  const endOfBraces = (start: number): number => {
    let depth = 0;
    for (let j = start; j < text.length; j++) {
      const c = text[j]!;
      if (c === '"' || c === "'" || c === "`") {
        const close = text.indexOf(c, j + 1);
        if (close < 0) return -1;
        j = close;
      } else if (c === "{") depth++;
      else if (c === "}" && --depth === 0) return j + 1;
    }
    return -1;
  };

  while (i < text.length) {
    const c = text[i]!;
    if (c === "{") {
      const end = endOfBraces(i);
      scan.expressions.push({ line: lineAt(i), source: text.slice(i, end < 0 ? i + 20 : end) });
      i = end < 0 ? text.length : end;
      continue;
    }
    if (c !== "<" || !/[A-Za-z/]/.test(text[i + 1] ?? "")) {
      i++;
      continue;
    }
    const start = i;
    const head = /^<(\/?)([A-Za-z][\w.:-]*)/.exec(text.slice(i))!;
    if (!head) {
      i++;
      continue;
    }
    // `<https://…>` is a Markdown autolink, not an element.
    if (text.slice(i + 1).match(/^[a-z]+:\/\//i)) {
      i = text.indexOf(">", i) + 1 || text.length;
      continue;
    }
    const element: JsxElement = {
      name: head[2]!,
      line: lineAt(start),
      attributes: {},
      closing: head[1] === "/",
      selfClosing: false,
    };
    i += head[0].length;
    let done = false;
    while (i < text.length && !done) {
      const ch = text[i]!;
      if (/\s/.test(ch)) {
        i++;
      } else if (text.startsWith("/>", i)) {
        element.selfClosing = true;
        i += 2;
        done = true;
      } else if (ch === ">") {
        i++;
        done = true;
      } else {
        const attr = /^([A-Za-z_][\w-]*)/.exec(text.slice(i));
        if (!attr) {
          scan.errors.push({
            line: lineAt(i),
            message: `cannot read the tag <${element.name}> here`,
          });
          i = text.indexOf(">", i) < 0 ? text.length : text.indexOf(">", i) + 1;
          done = true;
          break;
        }
        const name = attr[1]!;
        i += name.length;
        while (/[ \t]/.test(text[i] ?? "")) i++;
        if (text[i] !== "=") {
          element.attributes[name] = { kind: "flag" };
          continue;
        }
        i++;
        while (/[ \t]/.test(text[i] ?? "")) i++;
        const q = text[i];
        if (q === '"' || q === "'") {
          const close = text.indexOf(q, i + 1);
          if (close < 0) {
            scan.errors.push({ line: lineAt(i), message: `unterminated attribute ${name}` });
            i = text.length;
            break;
          }
          element.attributes[name] = { kind: "string", value: text.slice(i + 1, close) };
          i = close + 1;
        } else if (q === "{") {
          const end = endOfBraces(i);
          if (end < 0) {
            scan.errors.push({
              line: lineAt(i),
              message: `unbalanced braces in attribute ${name}`,
            });
            i = text.length;
            break;
          }
          element.attributes[name] = { kind: "expression", source: text.slice(i + 1, end - 1) };
          i = end;
        } else {
          scan.errors.push({ line: lineAt(i), message: `attribute ${name} needs a quoted value` });
          element.attributes[name] = { kind: "flag" };
        }
      }
    }
    if (!done)
      scan.errors.push({ line: element.line, message: `<${element.name}> is never closed` });
    scan.elements.push(element);
  }
  return scan;
}
