import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

/** The CLI as `npm run --silent advise` runs it. */
function advise(args: string[], input = "") {
  const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/advise.ts", ...args], {
    input,
    encoding: "utf8",
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("the advise CLI's map errors", () => {
  it("prints every validation error of --map, one line each, naming its field", () => {
    const bad = {
      map: 1,
      participants: [
        { id: "order", name: "Order", kind: "robot" },
        { id: "order", name: "Pay" },
      ],
      handoffs: [{ id: "h1", from: "order", to: "ordr", label: "Go", answers: { wait: "maybe" } }],
    };
    const r = advise(["--map", "-"], JSON.stringify(bad));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines.length).toBeGreaterThanOrEqual(4);
    expect(lines.every((l) => /^advise: [a-z]+(\[\d+\])?(\.[a-z]+)*: /.test(l))).toBe(true);
    expect(r.stderr).toMatch(/^advise: participants\[0\]\.kind: /m);
    expect(r.stderr).toMatch(/^advise: participants\[1\]\.id: "order" is used twice$/m);
    expect(r.stderr).toMatch(/^advise: handoffs\[0\]\.to: "ordr" is not a participant id$/m);
    expect(r.stderr).toMatch(/^advise: handoffs\[0\]\.answers\.wait: "maybe" is not an option/m);
  }, 60_000);
});

describe("the advise CLI's --map-import", () => {
  const diagram = [
    "```mermaid",
    "sequenceDiagram",
    "  actor U as Shopper",
    "  participant O as Order",
    "  participant M as Mail",
    "  U->>O: Create order",
    "  O--)M: Order placed",
    "```",
  ].join("\n");

  it("prints the Map Result JSON of a fenced Mermaid diagram, and its notes and link on stderr", () => {
    const r = advise(["--map-import", "-"], diagram);
    expect(r.status, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.code).toMatch(/^m1\./);
    expect(result.handoffs.map((h: { label: string }) => h.label)).toEqual([
      "Create order",
      "Order placed",
    ]);
    // The editor's defaults, not all "Not sure".
    expect(result.counts.unsure).toBe(0);
    expect(r.stderr).toMatch(/^advise: note: Line 3: actor “Shopper” is a person/m);
    expect(r.stderr).toContain(`/map?code=${result.code}`);
  }, 60_000);

  it("reads AsyncAPI documents too, telling the format from the text", () => {
    const doc = (title: string, action: string) =>
      `asyncapi: 3.0.0\ninfo:\n  title: ${title}\nchannels:\n  c:\n    address: orders\noperations:\n  o:\n    action: ${action}\n    channel:\n      $ref: '#/channels/c'\n`;
    const r = advise(
      ["--map-import", "-"],
      `${doc("Order", "send")}---\n${doc("Mail", "receive")}`,
    );
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).handoffs[0]).toMatchObject({ from: "order", to: "mail" });
  }, 60_000);

  it("exits 2 with every import error on its own line, naming the source and line", () => {
    const r = advise(["--map-import", "-"], "sequenceDiagram\n  A => B\n  A ~ C\n");
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      [
        'advise: stdin (mermaid): line 2: not a line this import reads: "A => B"',
        'advise: stdin (mermaid): line 3: not a line this import reads: "A ~ C"',
        "",
      ].join("\n"),
    );
  }, 60_000);
});
