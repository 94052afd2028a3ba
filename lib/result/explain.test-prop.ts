import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanFlow } from "../answers/flow";
import { answersArbitrary, utf16String } from "../testing/arbitraries";
import { wordsFor } from "./wording";
import { chatSummary } from "./explain";
import { buildResult } from "./index";
import { mrkdwnProblems, renderMrkdwn } from "./mrkdwn";
import { flowNode, phrasingNodes, toString } from "../testing/summary-markdown";

const URL = "https://baton.example/r/1Bq8R1Wu64?flow=Checkout";

/** Flow names heavy in the characters Markdown and mrkdwn treat specially, and any UTF-16 text. */
const flows = fc
  .oneof(
    fc.string({
      unit: fc.constantFrom(
        ..."*_`~[]()<>&#@$!\\|-.:/;",
        "a",
        "B",
        " ",
        "é",
        "注",
        "www.",
        "&amp;",
      ),
      maxLength: 30,
    }),
    utf16String(30),
  )
  .map((raw) => cleanFlow(raw))
  .filter((flow): flow is string => flow !== undefined && flow.length <= 40);

describe("the chat summary, for any flow name", () => {
  it("reads back from Markdown (remark, GFM) with the name as literal bold text", () => {
    fc.assert(
      fc.property(flows, answersArbitrary, (flow, answers) => {
        const result = buildResult({ flow, answers });
        const summary = chatSummary(wordsFor(result), result, URL);
        const name = flowNode(summary);
        expect(name.type).toBe("strong");
        expect(toString(name)).toBe(flow);
        const firstLine = phrasingNodes(summary.split("\n")[0]!);
        for (const node of firstLine) {
          expect(["root", "paragraph", "strong", "text", "link"]).toContain(node.type);
          // A link may only be a bare URL or address from the name, showing itself.
          if (node.type === "link") expect(flow).toContain(node.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("follows Slack's mrkdwn rules in the Slack variant, and Slack shows the name as written", () => {
    fc.assert(
      fc.property(flows, answersArbitrary, (flow, answers) => {
        const result = buildResult({ flow, answers });
        const summary = chatSummary(wordsFor(result), result, URL, "slack");
        expect(mrkdwnProblems(summary)).toEqual([]);
        const shown = renderMrkdwn(summary).split("\n");
        expect(shown[0]!.startsWith(`${flow.replace(/`/g, "\u02CB")}: `)).toBe(true);
        expect(shown.at(-1)).toBe(URL);
        // Our own words come through Slack unchanged too.
        const markdownLines = chatSummary(wordsFor(result), result, URL).split("\n");
        expect(shown.slice(1)).toEqual(markdownLines.slice(1));
      }),
      { numRuns: 300 },
    );
  });
});
