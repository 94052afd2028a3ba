import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/recommendation/route";
import { IMMUTABLE as EXPORT_CACHE } from "@/components/result/export-headers";
import { encode } from "../share";

/** The directives of a Cache-Control value, as a map (`max-age` → "86400", `public` → ""). */
function directives(value: string | null): Map<string, string> {
  return new Map(
    (value ?? "").split(",").map((part) => {
      const [name, arg = ""] = part.trim().split("=");
      return [name!.toLowerCase(), arg] as const;
    }),
  );
}

describe("caching of what a share code gives (ADR, JSON, Open Graph image, API)", () => {
  // A share code keeps its answers, but the bytes of its exports come from the current release:
  // the tool catalogue, the wording, and the note on what the current model would say.
  const api = GET(new Request(`http://baton.test/api/v1/recommendation?code=${encode({})}`));

  it("is never declared immutable", () => {
    expect(api.status).toBe(200);
    for (const value of [api.headers.get("cache-control"), EXPORT_CACHE]) {
      expect(directives(value).has("immutable"), value!).toBe(false);
    }
  });

  it("is public, fresh for a day at most, then revalidated", () => {
    for (const value of [api.headers.get("cache-control"), EXPORT_CACHE]) {
      const parsed = directives(value);
      expect(parsed.has("public")).toBe(true);
      expect(Number(parsed.get("max-age"))).toBeLessThanOrEqual(86_400);
      expect(Number(parsed.get("stale-while-revalidate"))).toBeGreaterThan(0);
    }
    expect(api.headers.get("cache-control")).toBe(EXPORT_CACHE);
  });
});
