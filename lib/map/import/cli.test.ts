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
