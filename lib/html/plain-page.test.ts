import { describe, expect, it } from "vitest";
import { plainPage } from "./plain-page";

describe("plainPage", () => {
  it("escapes the title, keeps the body as given, and is never cached or indexed", async () => {
    const response = plainPage(`<script>alert("x")</script>`, "<p>kept</p>", 400);
    const html = await response.text();
    expect(response.status).toBe(400);
    expect(response.headers.get("cache-control")).toMatch(/no-store/);
    expect(html).not.toContain("<script>");
    expect(html).toContain("<h1>&lt;script&gt;");
    expect(html).toContain("<main>\n<h1>");
    expect(html).toContain("<p>kept</p>");
    expect(html).toContain('<meta name="robots" content="noindex">');
  });
});
