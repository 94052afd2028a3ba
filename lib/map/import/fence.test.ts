import { describe, expect, it } from "vitest";
import { formatMapError } from "../index";
import { importAsyncApi } from "./asyncapi";
import { unfence } from "./draft";
import { importMermaid } from "./mermaid";

describe("pasted Markdown code fences", () => {
  it("are dropped around a Mermaid diagram, with prose and other blocks around it", () => {
    const r = importMermaid(
      [
        "Our checkout:",
        "",
        "```sh",
        "npm start",
        "```",
        "",
        "```mermaid",
        "---",
        "title: Checkout",
        "---",
        "sequenceDiagram",
        "  A->>B: Create order",
        "```",
        "That's all.",
      ].join("\n"),
    );
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (r.ok) expect(r.map.handoffs.map((h) => h.label)).toEqual(["Create order"]);
  });

  it("keep line numbers, so errors name the pasted line", () => {
    const r = importMermaid("~~~~ mermaid\nsequenceDiagram\n  A->>B: ok\n  A => B\n~~~~\n");
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(formatMapError(r.errors[0]!)).toBe(
        'text: line 4: not a line this import reads: "A => B"',
      );
  });

  it("are dropped around AsyncAPI documents, each fence one document", () => {
    const doc = (title: string, action: string) =>
      `asyncapi: 3.0.0\ninfo:\n  title: ${title}\nchannels:\n  c:\n    address: orders\noperations:\n  o:\n    action: ${action}\n    channel:\n      $ref: '#/channels/c'\n`;
    const r = importAsyncApi(
      `\`\`\`yaml\n${doc("Order", "send")}\`\`\`\n\n\`\`\`yaml\n${doc("Mail", "receive")}\`\`\`\n`,
    );
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (r.ok) expect(r.map.handoffs.map((h) => [h.from, h.to])).toEqual([["order", "mail"]]);
  });

  it("leave unfenced text as it is", () => {
    const text = "sequenceDiagram\n  A->>B: Go `now`";
    expect(unfence(text, "mermaid")).toBe(text);
  });
});
