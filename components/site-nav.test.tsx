import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SiteHeader } from "@/components/site-chrome";
import { currentItem } from "@/components/site-nav";

describe("the site nav", () => {
  it("links the flow map", () => {
    const html = renderToStaticMarkup(<SiteHeader organisation={undefined} />);
    expect(html).toMatch(/<a href="\/map"[^>]*>Map<\/a>/);
  });

  it("marks the section the page is in, and nothing elsewhere", () => {
    const items = [
      { href: "/advisor", label: "Questionnaire" },
      { href: "/map", label: "Map" },
      { href: "/guides", label: "Guides" },
    ];
    expect(currentItem("/map", items)?.label).toBe("Map");
    expect(currentItem("/guides/sagas", items)?.label).toBe("Guides");
    expect(currentItem("/mapping", items)).toBeUndefined();
    expect(currentItem("/", items)).toBeUndefined();
    expect(currentItem(null, items)).toBeUndefined();
  });
});
