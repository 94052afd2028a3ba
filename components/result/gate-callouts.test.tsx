import { readFileSync } from "node:fs";
import { join } from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { buildResult } from "@/lib/result";
import { firstSentence } from "@/lib/result/answer-first";
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

  it("shows each gate's title and whole advice, and folds only the basis and the guide", () => {
    expect(result.gates.length).toBe(3);
    expect(items.length).toBe(3);
    result.gates.forEach((gate, index) => {
      const item = items[index]!;
      const definition = gateIn(words, gate.id);
      expect(item).toContain(`data-gate="${gate.id}"`);
      const fold = item.indexOf("<details");
      expect(fold, gate.id).toBeGreaterThan(0);
      for (const shown of [definition.title, definition.advice]) {
        expect(item.indexOf(escaped(shown)), shown).toBeGreaterThan(0);
        expect(item.indexOf(escaped(shown)), shown).toBeLessThan(fold);
      }
      expect(item.indexOf(escaped(definition.basis), fold)).toBeGreaterThan(fold);
      expect(item.indexOf("Read: ", fold)).toBeGreaterThan(fold);
      // The summary says what it opens, and for which gate (each gate has one).
      const summary = /<summary>(.*?)<\/summary>/.exec(item)![1]!;
      expect(summary).toContain("The basis");
      expect(summary).toContain(escaped(definition.title));
    });
  });

  it("keeps in view a warning that follows a concession (UX review 4, #3)", () => {
    // "Don't hand-roll an engine" opens with what is fine and then warns: both must show.
    const restOf = (advice: string) => advice.trim().slice(firstSentence(advice).length).trim();
    const gate = result.gates.find((g) => restOf(gateIn(words, g.id).advice))!;
    expect(gate).toBeDefined();
    const item = items[result.gates.indexOf(gate)]!;
    const rest = restOf(gateIn(words, gate.id).advice);
    expect(item.indexOf(escaped(rest))).toBeGreaterThan(0);
    expect(item.indexOf(escaped(rest))).toBeLessThan(item.indexOf("<details"));
  });
});
