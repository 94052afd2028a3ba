import { describe, expect, it } from "vitest";
import { NAME_MAX_LENGTH, nameAt, parseNames } from "./names";

describe("parseNames", () => {
  it("splits on commas and new lines and keeps empty slots in place", () => {
    expect(parseNames("Ana, ,Ben\nCy,,")).toEqual(["Ana", "", "Ben", "Cy"]);
  });

  it(`cuts a name to ${NAME_MAX_LENGTH} characters and drops control characters`, () => {
    const [name] = parseNames(`${"é".repeat(50)}`);
    expect([...name!]).toHaveLength(NAME_MAX_LENGTH);
    expect(parseNames("A\u0000na\u202e B")).toEqual(["A na B"]);
  });

  it("keeps markup as text (escaping happens where it is written out)", () => {
    expect(parseNames("<script>alert(1)</script>")).toEqual(["<script>alert(1)</script>"]);
  });

  it("keeps at most 20 names", () => {
    expect(parseNames(Array.from({ length: 30 }, (_, i) => `P${i}`).join(","))).toHaveLength(20);
  });
});

describe("nameAt", () => {
  it("falls back to the person's position", () => {
    expect(nameAt(["Ana", ""], 1)).toBe("Ana");
    expect(nameAt(["Ana", ""], 2)).toBe("Person 2");
    expect(nameAt([], 3)).toBe("Person 3");
  });
});
