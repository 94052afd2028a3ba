import { describe, expect, it } from "vitest";
import { classifyMapPath, damagedMapPage, isMapPage } from "./damaged-page";
import fixtures from "../map/fixtures/map-1-codes.json";

describe("the map pages' damaged-link page", () => {
  const code = fixtures[0]!.code;

  it("classifies map page paths: readable (cacheable without a trailing '/'), damaged, or other", () => {
    expect(classifyMapPath(`/m/${code}`)).toEqual({ kind: "ok", cacheable: true });
    expect(classifyMapPath(`/embed/m/${code}/`)).toEqual({ kind: "ok", cacheable: false });
    expect(classifyMapPath(`/m/${code}/og`).kind).toBe("other");
    expect(classifyMapPath(`/r/${code}`).kind).toBe("other");
    expect(classifyMapPath("/m/m1.nope").kind).toBe("damaged");
    expect(isMapPage(`/m/${code}`)).toBe(true);
    expect(isMapPage("/m/m1.nope")).toBe(false);
  });

  it("says which link is damaged, and that a newer map model may have made it", () => {
    expect(damagedMapPage(`/m/${code}`, "n")).toBeUndefined();
    expect(damagedMapPage("/m/m1.nope", "n")).toContain("This map link is damaged");
    expect(damagedMapPage("/embed/m/m1.nope", "n")).toContain("This Baton link is damaged");
    expect(damagedMapPage("/m/m9.AAAA", "n")).toContain("newer version of Baton");
  });
});
