import { describe, expect, it } from "vitest";
import { exportDay } from "./export-day";

describe("exportDay", () => {
  it("gives the UTC day and the seconds left until the next UTC midnight", () => {
    expect(exportDay(new Date("2026-11-30T23:59:30Z"))).toEqual({
      date: "2026-11-30",
      secondsLeft: 30,
    });
    expect(exportDay(new Date("2026-12-01T00:00:00Z"))).toEqual({
      date: "2026-12-01",
      secondsLeft: 86_400,
    });
  });

  it("never lets a copy outlive its day", () => {
    for (const iso of ["2026-03-29T01:30:00+02:00", "2026-11-30T12:00:00.999Z"]) {
      const now = new Date(iso);
      const { date, secondsLeft } = exportDay(now);
      const expiry = new Date(now.getTime() + secondsLeft * 1000 - 1);
      expect(expiry.toISOString().slice(0, 10)).toBe(date);
    }
  });

  it("refuses an invalid date, naming it", () => {
    expect(() => exportDay(new Date("nope"))).toThrow(/now/);
  });
});
