/**
 * Parses the literal inside a JSX attribute expression, e.g. `[["a", "b", "c"]]`, without
 * evaluating it. Articles may pass strings, numbers, booleans and arrays of them; anything else
 * (identifiers, calls, objects, templates) is refused.
 */
export type Literal = string | number | boolean | null | Literal[];

export type LiteralResult = { ok: true; value: Literal } | { ok: false; error: string };

export function parseLiteral(source: string): LiteralResult {
  let i = 0;
  const fail = (what: string): never => {
    throw new SyntaxError(`${what} at character ${i + 1}`);
  };
  const skipSpace = () => {
    while (i < source.length && /\s/.test(source[i]!)) i++;
  };
  const value = (): Literal => {
    skipSpace();
    const c = source[i];
    if (c === "[") return array();
    if (c === '"' || c === "'") return string(c);
    const word = /^(?:-?\d+(?:\.\d+)?|true|false|null)/.exec(source.slice(i))?.[0];
    if (word === undefined) return fail(c === undefined ? "unexpected end" : `unexpected "${c}"`);
    i += word.length;
    return word === "true"
      ? true
      : word === "false"
        ? false
        : word === "null"
          ? null
          : Number(word);
  };
  const array = (): Literal[] => {
    const items: Literal[] = [];
    i++;
    for (;;) {
      skipSpace();
      if (source[i] === "]") {
        i++;
        return items;
      }
      items.push(value());
      skipSpace();
      if (source[i] === ",") i++;
      else if (source[i] !== "]") fail('expected "," or "]"');
    }
  };
  const string = (quote: string): string => {
    let out = "";
    i++;
    while (i < source.length && source[i] !== quote) {
      const c = source[i]!;
      if (c === "\n") fail("line break inside a string");
      if (c === "\\") {
        const next = source[i + 1];
        const escapes: Record<string, string> = {
          n: "\n",
          t: "\t",
          "\\": "\\",
          '"': '"',
          "'": "'",
        };
        if (next === undefined || !(next in escapes)) fail("unsupported escape");
        out += escapes[next!];
        i += 2;
        continue;
      }
      out += c;
      i++;
    }
    if (source[i] !== quote) fail("unterminated string");
    i++;
    return out;
  };
  try {
    const result = value();
    skipSpace();
    if (i < source.length) fail(`unexpected "${source[i]}"`);
    return { ok: true, value: result };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}
