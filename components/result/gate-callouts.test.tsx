import { readFileSync } from "node:fs";
import { join } from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { buildResult } from "@/lib/result";
import { splitFirstSentence } from "@/lib/result/answer-first";
import { withWords } from "@/lib/result/load";
import { gateIn } from "@/lib/result/wording";
import { SCENARIO_DIR } from "@/lib/testing/scenarios";
import { GateCallouts } from "./gate-callouts";

/** React's escaping of text, enough for the model's gate words. */
const escaped = (text: string) => text.replace(/&/g, "&amp;").replace(/'/g, "&#x27;");

describe("GateCallouts", () => {
  // A hybrid whose team can run neither an engine nor a library: three gates.
  const { input } = JSON.parse(
    readFileSync(join(SCENARIO_DIR, "m3-travel-saga-weak-readiness.json"), "utf8"),
  ) as { input: Parameters<typeof buildResult>[0] };
  const { result, words } = withWords(buildResult(input));
  const html = renderToStaticMarkup(<GateCallouts gates={result.gates} words={words} />);
  const items = html.split("<li ").slice(1);

  it("shows each gate's title and first sentence, and folds the rest and the basis", () => {
    expect(result.gates.length).toBe(3);
    expect(items.length).toBe(3);
    result.gates.forEach((gate, index) => {
      const item = items[index]!;
      const definition = gateIn(words, gate.id);
      const { first, rest } = splitFirstSentence(definition.advice);
      expect(item).toContain(`data-gate="${gate.id}"`);
      const fold = item.indexOf("<details");
      expect(fold, gate.id).toBeGreaterThan(0);
      for (const shown of [definition.title, first]) {
        expect(item.indexOf(escaped(shown)), shown).toBeGreaterThan(0);
        expect(item.indexOf(escaped(shown)), shown).toBeLessThan(fold);
      }
      for (const folded of [rest, definition.basis].filter(Boolean)) {
        expect(item.indexOf(escaped(folded), fold), folded).toBeGreaterThan(fold);
      }
      // The summary says what it opens, and for which gate (each gate has one).
      const summary = /<summary>(.*?)<\/summary>/.exec(item)![1]!;
      expect(summary).toContain(rest ? "More, and the basis" : "The basis");
      expect(summary).toContain(escaped(definition.title));
    });
  });

  it("folds only the basis when the advice is one sentence", () => {
    const oneSentence = result.gates.filter(
      (g) => splitFirstSentence(gateIn(words, g.id).advice).rest === "",
    );
    expect(oneSentence.length).toBeGreaterThan(0);
    for (const gate of oneSentence) {
      const item = items[result.gates.indexOf(gate)]!;
      expect(item).toMatch(/<summary>The basis/);
    }
  });
});
