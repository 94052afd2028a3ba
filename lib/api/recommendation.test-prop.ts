import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encode } from "../share";
import { allWellFormed, answersArbitrary, utf16String } from "../testing/arbitraries";
import { recommendationForBody, recommendationForQuery } from "./recommendation";

/** A JSON text with every UTF-16 unit of `text` that is not printable ASCII written as \uXXXX. */
function escaped(text: string): string {
  return `"${[...Array(text.length).keys()]
    .map((i) => {
      const unit = text.charCodeAt(i);
      const char = text[i]!;
      return unit >= 0x20 && unit < 0x7f && char !== '"' && char !== "\\"
        ? char
        : `\\u${unit.toString(16).padStart(4, "0")}`;
    })
    .join("")}"`;
}

/** What strict JSON parsers and PostgreSQL jsonb refuse: an escaped lone surrogate. */
const LONE_SURROGATE_ESCAPE =
  /\\u[dD][89a-bA-B][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F])|(?<!\\u[dD][89a-bA-B][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}/;

describe("the recommendation API, for any UTF-16 text", () => {
  it("answers a POST body whose strings hold lone surrogates with well-formed JSON", () => {
    fc.assert(
      fc.property(answersArbitrary, utf16String(), utf16String(8), (answers, flow, key) => {
        const body = `{"answers": ${JSON.stringify(answers)}, "flow": ${escaped(flow)}}`;
        const outcome = recommendationForBody({ contentType: "application/json", body });
        const json = JSON.stringify(outcome.body);
        expect(json).not.toMatch(LONE_SURROGATE_ESCAPE);
        expect(allWellFormed(outcome.body)).toBe(true);
        // An unknown key is echoed in the error: well-formed too.
        const bad = `{"answers": {${escaped(key)}: "x"}}`;
        const refused = JSON.stringify(
          recommendationForBody({ contentType: "application/json", body: bad }).body,
        );
        expect(refused).not.toMatch(LONE_SURROGATE_ESCAPE);
      }),
    );
  });

  it("answers a query with any flow name with well-formed JSON", () => {
    fc.assert(
      fc.property(answersArbitrary, utf16String(), (answers, flow) => {
        const params = new URLSearchParams();
        params.set("code", encode(answers));
        params.set("flow", flow);
        const outcome = recommendationForQuery(params);
        expect(outcome.status).toBe(200);
        expect(JSON.stringify(outcome.body)).not.toMatch(LONE_SURROGATE_ESCAPE);
      }),
    );
  });
});
