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

  it("cites the repository's docs/MAP.md and says the editor link is a path unless --base-url is given", () => {
    const r = advise(["--map-import", "-"], diagram);
    expect(r.status, r.stderr).toBe(0);
    const { code } = JSON.parse(r.stdout);
    expect(r.stderr).toContain("(docs/MAP.md §4.1)");
    expect(r.stderr).not.toMatch(/\(MAP\.md/);
    expect(r.stderr).toContain(
      `Check them in the editor: /map?code=${code} (a path on your Baton site; pass --base-url to print a full link)`,
    );
    const full = advise(["--base-url", "https://baton.example/", "--map-import", "-"], diagram);
    expect(full.status, full.stderr).toBe(0);
    expect(full.stderr).toContain(
      `Check them in the editor: https://baton.example/map?code=${code}\n`,
    );
    const bad = advise(["--base-url", "baton.example", "--map-import", "-"], diagram);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe(
      'advise: --base-url must be an http or https URL, got "baton.example"\n',
    );
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
