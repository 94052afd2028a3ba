import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { QUESTIONS, UNSURE, type Answers } from "../scoring";
import { encode, normaliseAnswers } from "../share";
import { utf16String } from "@/lib/testing/arbitraries";
import { MAX_TEAM_LINKS, parseTeamLinks, splitEntries } from "./links";
import { parseNames } from "./names";
import { teamView } from "./team";
import { teamHref } from "./url";

const answerSet: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(
    QUESTIONS.map((q) => [q.id, fc.constantFrom<string>(UNSURE, ...q.options.map((o) => o.id))]),
  ),
  { requiredKeys: [] },
) as fc.Arbitrary<Answers>;

/** One answer set written as a person might paste it. */
const pasted = fc
  .tuple(answerSet, fc.constantFrom("bare", "path", "url", "url-flow"))
  .map(([answers, form]) => {
    const code = encode(answers);
    const text =
      form === "bare"
        ? code
        : form === "path"
          ? `/r/${code}`
          : form === "url"
            ? `https://baton.example.com/r/${code}`
            : `http://localhost:3000/r/${code}?flow=Order%20checkout`;
    return { answers, text };
  });

// Thousands of runs on a shared 2-core machine: give them time; they are not timing tests.
const PROPERTY_TIMEOUT = 120_000;

describe("team links", () => {
  it(
    "never throw, whatever is pasted, and number every entry",
    () => {
      fc.assert(
        fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" })), (text) => {
          const { entries } = parseTeamLinks(text);
          expect(entries.map((e) => e.position)).toEqual(entries.map((_, i) => i + 1));
          expect(entries.length).toBeLessThanOrEqual(MAX_TEAM_LINKS);
          expect(() => teamView(text, text)).not.toThrow();
        }),
        { numRuns: 10_000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "give back every pasted answer set, in order, whatever the mix of forms and separators",
    () => {
      fc.assert(
        fc.property(
          fc.array(pasted, { minLength: 1, maxLength: MAX_TEAM_LINKS }),
          fc.array(fc.constantFrom("\n", ",", ", ", "\r\n", " \n\n")),
          (people, separators) => {
            const text = people.map((p, i) => p.text + (separators[i] ?? "\n")).join("");
            const { entries } = parseTeamLinks(text);
            expect(entries.map((e) => (e.ok ? e.answers : e.message))).toEqual(
              people.map((p) => normaliseAnswers(p.answers)),
            );
            // The form's URL carries the same people.
            const query = new URLSearchParams(teamHref(text).split("?")[1]);
            expect(parseTeamLinks(query.get("c") ?? "").entries).toEqual(
              entries.map((e) => ({ ...e, raw: e.ok ? e.code : e.raw })),
            );
          },
        ),
        { numRuns: 2_000 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe("team names and links, for any UTF-16 text", () => {
  it("come out well-formed, and a team link can be built from them", () => {
    fc.assert(
      fc.property(utf16String(), utf16String(), (names, links) => {
        for (const text of [...parseNames(names), ...splitEntries(links)]) {
          expect(text.isWellFormed()).toBe(true);
        }
        expect(() => teamHref(links, names)).not.toThrow();
        expect(JSON.stringify(teamView(links, names))).not.toMatch(/\\u[dD][89a-fA-F]/);
      }),
    );
  });
});
