import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { badgesOf, HandoffTable, MapDiagram, MapHeader } from "@/components/map/map-result-view";
import { siteOrigin } from "@/lib/config/origin";
import { mapForRoute, type MapRouteProps } from "@/lib/map-view/load";
import { mapPath } from "@/lib/map-view/path";
import { styleHeadline } from "@/lib/map-view/words";

// A damaged code never renders here for GET or HEAD: proxy.ts answers those with the complete
// 404 page of lib/map-view/damaged-page.ts. notFound() below covers any other method.

export async function generateMetadata(props: MapRouteProps): Promise<Metadata> {
  const loaded = await mapForRoute(props);
  if (!loaded.ok) notFound();
  return {
    title: `${loaded.result.name || "Flow map"} · ${styleHeadline(loaded.result)}`,
    robots: { index: false, follow: false },
  };
}

/** The map for iframes in wikis (MAP.md §10): summary, diagram, hand-off table; no site chrome. */
export default async function EmbeddedMapPage(props: MapRouteProps) {
  const loaded = await mapForRoute(props);
  if (!loaded.ok) notFound();
  const { result } = loaded;
  const badges = badgesOf(result);
  const pageUrl = `${await siteOrigin()}${mapPath(result.code)}`;
  return (
    <div data-map-code={result.code}>
      <MapHeader result={result} />
      <MapDiagram result={result} badges={badges} />
      <HandoffTable result={result} badges={badges} />
      <p>
        <a href={pageUrl} target="_blank" rel="noopener">
          The whole map on Baton: scopes, flags and tools
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </p>
    </div>
  );
}
