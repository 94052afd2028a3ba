import type { Root, Table } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { DISSOLVED_MAP, HOSTILE_MAP } from "./fixtures/extra-maps";
import { mapAdrMarkdown, mapMermaid, mapResult, validateMap, type MapResult } from "./index";
import { mermaidLabel } from "./mermaid";
import { loadMapScenarios } from "./calibration";

const resultOf = (json: unknown): MapResult => {
  const v = validateMap(json);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return mapResult(v.map);
};
const checkout = resultOf(loadMapScenarios().find((s) => s.file.startsWith("checkout"))!.input);

describe("the map's Mermaid text (MAP.md §10)", () => {
  it("draws the checkout: one subgraph per scope, solid commands, dashed events, flags on edges", () => {
    const text = checkout.mermaid;
    expect(text.split("\n")[0]).toBe("flowchart LR");
    expect(text).toContain(
      'subgraph s1["Saga · Parallel · durable execution · owned by Order service"]',
    );
    expect(text).toMatch(/p0 -->\|"Create order"\| p1/);
    expect(text).toMatch(/p1 -\.->\|"Order approved · outbox"\| p5/);
    expect(text.match(/subgraph/g)).toHaveLength(1);
    expect(text).toBe(mapMermaid(checkout));
  });

  it("draws in-process hand-offs with a thick arrow and leaves replies out", () => {
    const local = resultOf(loadMapScenarios().find((s) => s.file.startsWith("signup"))!.input);
    expect(local.mermaid).toContain("==>");
    const reply = resultOf({
      participants: [
        { id: "a", name: "A" },
        { id: "b", name: "B" },
      ],
      handoffs: [
        {
          id: "ask",
          from: "a",
          to: "b",
          label: "Get price",
          answers: { intent: "ask", wait: "user-waits" },
        },
        {
          id: "answer",
          from: "b",
          to: "a",
          label: "Price",
          answers: { intent: "tell", current: "call" },
        },
      ],
    });
    expect(reply.handoffs[1]!.kind).toBe("reply");
    expect(reply.mermaid).not.toContain('Price"');
  });

  it("escapes hostile labels: no quote, bracket trick, pipe, backtick, HTML or comment gets through", () => {
    expect(mermaidLabel('a"b|c`d<e>f&g#h')).toBe('"a#quot;b#124;c#96;d#lt;e#gt;f#amp;g#35;h"');
    expect(mermaidLabel("a\nb")).toBe('"a b"');
    const text = resultOf(HOSTILE_MAP).mermaid;
    for (const line of text.split("\n").slice(1)) {
      // Every quoted label is closed on its own line; outside the quotes only our syntax remains.
      const outside = line.replace(/"[^"]*"/g, "");
      expect(outside, line).toMatch(
        /^\s*(subgraph s\d+\[\]|end|p\d+(\[\]|\(\[\]\)|\(\(\)\)|\[\[\]\])|p\d+ (-->|-\.->|==>)\|\| p\d+)\s*$/,
      );
      expect(line).not.toMatch(/<script|<img|`/);
    }
    expect(text).not.toContain("%%{");
  });
});

describe("the map's ADR (MAP.md §10, MADR 4)", () => {
  const options = { origin: "https://baton.example", date: "2026-12-06" };

  it("has the one-flow ADR's headings and the map's facts", () => {
    const adr = mapAdrMarkdown(checkout, options);
    const headings = adr.split("\n").filter((l) => l.startsWith("#"));
    expect(headings).toEqual(
      expect.arrayContaining([
        "## Context and Problem Statement",
        "## Decision Drivers",
        "## Considered Options",
        "## Decision Outcome",
        "### Consequences",
        "### Confirmation",
        "## Pros and Cons of the Options",
        "## More Information",
      ]),
    );
    expect(adr).toMatch(/^---\nstatus: proposed\ndate: 2026-12-06\n/);
    expect(adr).toContain("* 1 step must be undone (ticket)");
    expect(adr).toContain("* 1 point of no return (authorize)");
    expect(adr).toContain("```mermaid\nflowchart LR");
    // The map code once, on a line of its own under More Information; the SVG is its address
    // followed by /map.svg (issue 22 review 3 M6).
    expect(adr.split(checkout.code)).toHaveLength(2);
    expect(adr.split("\n")).toContain(`<https://baton.example/m/${checkout.code}>`);
    expect(adr.indexOf(checkout.code)).toBeGreaterThan(adr.indexOf("## More Information"));
    expect(adr).toContain("followed by `/map.svg` is the diagram as SVG");
    expect(adr).toContain("linked under [More Information](#more-information).");
    expect(adr).toContain(`https://baton.example/r/${checkout.scopes[0]!.derivedCode}?flow=`);
    expect(adr).toContain("Order service issues the compensating command to Kitchen service");
    expect(adr).toContain("map model 1, one-flow model 2");
    expect(mapAdrMarkdown(checkout, options)).toBe(adr);
    expect(() => mapAdrMarkdown(checkout, { ...options, date: "6/12/2026" })).toThrow(/date/);
  });

  it("escapes hostile text in Markdown and can't close the Mermaid fence", () => {
    const adr = mapAdrMarkdown(resultOf(HOSTILE_MAP), options);
    expect(adr).not.toMatch(/(?<!\\)<img/);
    expect(adr).not.toMatch(/(?<!\\)<script/);
    expect(adr).not.toContain("[x](javascript:1)");
    expect(adr.match(/^```/gm)).toHaveLength(2);
    // Table rows keep their eight cells: pipes in labels are escaped.
    for (const row of adr.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| ---"))) {
      expect(row.split(/(?<!\\)\|/).length - 2, row).toBe(8);
    }
  });
});

describe("S6: a scope its one-flow result doesn't orchestrate is dissolved", () => {
  it("dissolves a one-step scope in one team and one domain, with the flag and a queue", () => {
    const r = resultOf(DISSOLVED_MAP);
    expect(r.scopes).toEqual([]);
    const h = r.handoffs[0]!;
    expect(h.flags.map((f) => f.id)).toEqual(["scope-dissolved"]);
    expect(h.flags[0]!.why).toMatch(
      /^The one-flow model, on this scope's answers, does not orchestrate it \(hybrid: track-then-manage\): Order service calls or queues these steps without a workflow\.$/,
    );
    expect(h.rules).toEqual(["K3", "S6", "T7"]);
    expect(h.transport).toBe("queue");
    expect(h.scopeId).toBeNull();
  });
});

describe("the map ADR's decision drivers (new-user review 2, item 18)", () => {
  const options = { origin: "https://baton.example", date: "2026-12-06" };
  const participants = [
    { id: "order", name: "Order", team: "Orders", domain: "Ordering" },
    { id: "pay", name: "Payment", team: "Payments", domain: "Payments" },
    { id: "mail", name: "Mail", team: "Comms", domain: "Comms" },
    { id: "customer", name: "Customer", kind: "person" },
  ];
  const drivers = (json: unknown) => {
    const adr = mapAdrMarkdown(resultOf(json), options);
    const from = adr.indexOf("## Decision Drivers");
    return adr
      .slice(from, adr.indexOf("## Considered Options"))
      .split("\n")
      .filter((l) => l.startsWith("* "));
  };

  it("counts long events as hand-offs, not as steps, and long scope steps as steps", () => {
    const lines = drivers({
      participants,
      handoffs: [
        {
          id: "charge",
          from: "order",
          to: "pay",
          label: "Charge card",
          answers: { intent: "do", wait: "sender-waits", undo: "compensate", duration: "hours" },
        },
        {
          id: "ship",
          from: "order",
          to: "pay",
          label: "Capture card",
          answers: { intent: "do", wait: "sender-waits", undo: "pivot", duration: "seconds" },
        },
        {
          id: "paid",
          from: "order",
          to: "mail",
          label: "Order paid",
          answers: { intent: "tell", wait: "no-wait", duration: "seconds" },
        },
        {
          id: "mail1",
          from: "mail",
          to: "customer",
          label: "Email: receipt",
          answers: { intent: "tell", wait: "no-wait", duration: "days-or-person" },
        },
        {
          id: "mail2",
          from: "mail",
          to: "customer",
          label: "Email: survey",
          answers: { intent: "tell", wait: "no-wait", duration: "days-or-person" },
        },
      ],
    });
    expect(lines).toContain("* 1 scope step takes minutes or longer (charge)");
    expect(lines).toContain(
      "* 2 hand-offs outside the scopes take minutes or longer (mail1, mail2)",
    );
    expect(lines.join("\n")).not.toMatch(/\d+ steps? takes? minutes/);
  });

  it("says 'hand-offs' without 'outside the scopes' when the map has no scope", () => {
    const lines = drivers({
      participants,
      handoffs: [
        {
          id: "paid",
          from: "order",
          to: "mail",
          label: "Order paid",
          answers: { intent: "tell", wait: "no-wait" },
        },
        {
          id: "mail1",
          from: "mail",
          to: "customer",
          label: "Email: receipt",
          answers: { intent: "tell", wait: "no-wait", duration: "days-or-person" },
        },
      ],
    });
    expect(lines).toContain("* 1 hand-off takes minutes or longer (mail1)");
  });

  it("counts as 'only react' the events whose receiver decides, not replies or steps it must take (architect try 3, A6)", () => {
    const lines = drivers({
      participants,
      handoffs: [
        {
          id: "charge",
          from: "order",
          to: "pay",
          label: "Charge",
          answers: { intent: "do", wait: "sender-waits", undo: "pivot", current: "call" },
        },
        {
          id: "charged",
          from: "pay",
          to: "order",
          label: "Charged",
          answers: { intent: "tell", wait: "no-wait", current: "call" },
        },
        {
          id: "paid",
          from: "order",
          to: "mail",
          label: "Order paid",
          answers: { intent: "tell", wait: "no-wait", undo: "retry" },
        },
        {
          id: "note",
          from: "order",
          to: "mail",
          label: "Order noted",
          answers: { intent: "tell", wait: "no-wait", undo: "none" },
        },
      ],
    });
    expect(lines).toContain("* 1 receiver only reacts (note)");
  });
});

describe("the map ADR's changes from today (issue 22 review 3 M6)", () => {
  const options = { origin: "https://baton.example", date: "2026-12-06" };
  const section = (adr: string) =>
    adr.slice(adr.indexOf("## Decision Outcome"), adr.indexOf("| from → to"));
  const map = (current: Record<string, string | undefined>) => ({
    participants: [
      { id: "web", name: "Web", kind: "client" },
      { id: "order", name: "Order" },
      { id: "mail", name: "Mail" },
    ],
    handoffs: [
      {
        id: "h1",
        from: "web",
        to: "order",
        label: "Place order",
        answers: { intent: "do", wait: "user-waits", current: current.h1 },
      },
      {
        id: "h2",
        from: "order",
        to: "mail",
        label: "Order placed",
        answers: { intent: "tell", wait: "no-wait", current: current.h2 },
      },
    ],
  });

  it("names each hand-off whose transport differs, in the editor's word for today", () => {
    const result = resultOf(map({ h1: "call", h2: "message" }));
    expect(result.handoffs.map((h) => h.differs)).toEqual([false, true]);
    const text = section(mapAdrMarkdown(result, options));
    expect(text).toContain(
      "Changes from today:\n\n* Order placed (h2), Order → Mail: from Queue today to broker (publish/subscribe)\n",
    );
    expect(text).not.toContain("(h1)");
    expect(text).not.toContain("is open");
  });

  it("says none, and which hand-offs have no decided today", () => {
    const text = section(mapAdrMarkdown(resultOf(map({ h1: "call", h2: "not-decided" })), options));
    expect(text).toContain("Changes from today: none.");
    expect(text).toContain(
      "How this hand-off travels today is “Not decided” or “Not sure”, so whether it changes is open: h2.",
    );
  });
});

describe("the map ADR's Markdown: escaped only where Markdown needs it (new-user review 2, item 17)", () => {
  const options = { origin: "https://baton.example", date: "2026-12-06" };
  const parse = (markdown: string) =>
    unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).parse(markdown) as Root;
  const tableOf = (tree: Root) => tree.children.find((n): n is Table => n.type === "table")!;
  const GITHUB_MAP = {
    name: "Checkout: place order",
    participants: [
      { id: "web", name: "Web (storefront)", kind: "client" },
      { id: "order", name: "Order Service's API", team: "@octocat", domain: "#12 $x$" },
      { id: "pay", name: "Payment", team: "Payments", domain: "Payments" },
    ],
    handoffs: [
      {
        id: "h1",
        from: "web",
        to: "order",
        label: "POST /orders",
        answers: { intent: "do", wait: "user-waits" },
      },
      {
        id: "h2",
        from: "order",
        to: "pay",
        label: "Reserve items, pay (now).",
        answers: { intent: "do", wait: "sender-waits", undo: "compensate" },
      },
      {
        id: "h3",
        from: "order",
        to: "pay",
        label: "1. @octocat #12 $5 www.x.io",
        answers: { intent: "tell" },
      },
    ],
  };

  it("leaves punctuation that changes nothing as written, in every calibration map's ADR", () => {
    for (const scenario of loadMapScenarios()) {
      // A link's destination may escape a parenthesis; the text around it never needs to.
      const adr = mapAdrMarkdown(resultOf(scenario.input), options).replace(/\]\([^ ]*\)/g, "]");
      expect(adr, scenario.file).not.toMatch(/\\[,()./':\-!?"]/);
    }
    const adr = mapAdrMarkdown(resultOf(GITHUB_MAP), options);
    expect(adr).toContain("# Coordinate \u201cCheckout: place order\u201d hand-off by hand-off");
    expect(adr).toContain("| POST /orders |");
    expect(adr).toContain("| Reserve items, pay (now). |");
    expect(adr).toContain("* Order Service's API (service, ");
    // GitHub would ping @octocat, link issue 12 and start math: escaped.
    expect(adr).toContain("team \\@octocat, domain \\#12 \\$x\\$");
  });

  it("round-trips: parsed back with GitHub's Markdown, every label, name and team reads exactly as given", () => {
    for (const json of [HOSTILE_MAP, GITHUB_MAP]) {
      const result = resultOf(json);
      const tree = parse(mapAdrMarkdown(result, options));
      // The table keeps its eight columns, and each row's label cell is the label itself.
      const rows = tableOf(tree).children.slice(1);
      expect(rows).toHaveLength(result.handoffs.length);
      rows.forEach((row, i) => {
        expect(row.children).toHaveLength(8);
        expect(toString(row.children[1]!)).toBe(result.handoffs[i]!.label);
      });
      // The participants' list: names, teams and domains come back as text, never as markup.
      const list = tree.children.find((n) => n.type === "list")!;
      const items = toString(list, { includeHtml: true });
      for (const p of result.participants) {
        expect(items).toContain(p.name);
        if (p.team) expect(items).toContain(`team ${p.team}`);
        if (p.domain) expect(items).toContain(`domain ${p.domain}`);
      }
      // No map text became a link, an image, HTML, emphasis or a heading of its own.
      const kinds = new Set<string>();
      const walk = (n: { type: string; children?: unknown[] }) => {
        kinds.add(n.type);
        for (const c of n.children ?? []) walk(c as typeof n);
      };
      walk(tree);
      expect(
        [...kinds].filter((k) => ["html", "image", "strong", "delete", "inlineMath"].includes(k)),
      ).toEqual([]);
      const title = tree.children.find((n) => n.type === "heading")!;
      expect(toString(title)).toContain(result.name ?? "this system");
      expect(tree.children.filter((n) => n.type === "heading" && n.depth === 1)).toHaveLength(1);
    }
  });
});
