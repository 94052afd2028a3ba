import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MapResultView } from "@/components/map/map-result-view";
import { siteOrigin } from "@/lib/config/origin";
import { mapForRoute, type MapRouteProps } from "@/lib/map-view/load";
import { mapPath } from "@/lib/map-view/path";
import { styleHeadline } from "@/lib/map-view/words";
import { sharePageMetadata } from "../../_og/metadata";

// A damaged code never renders here for GET or HEAD: proxy.ts answers those with the complete
// 404 page of lib/map-view/damaged-page.ts. notFound() below covers any other method.

export async function generateMetadata(props: MapRouteProps): Promise<Metadata> {
  const loaded = await mapForRoute(props);
  if (!loaded.ok) notFound();
  const { result } = loaded;
  const origin = await siteOrigin();
  const pageUrl = `${origin}${mapPath(result.code)}`;
  const imageUrl = `${origin}${mapPath(result.code, { suffix: "/og" })}`;
  const title = `${result.name || "Flow map"} · ${styleHeadline(result)}`;
  return sharePageMetadata({
    origin,
    pageUrl,
    imageUrl,
    title,
    description: result.summary,
    alt: `${title}. ${result.summary}`,
  });
}

export default async function MapPage(props: MapRouteProps) {
  const loaded = await mapForRoute(props);
  if (!loaded.ok) notFound();
  const origin = await siteOrigin();
  return (
    <MapResultView
      result={loaded.result}
      pageUrl={`${origin}${mapPath(loaded.result.code)}`}
      decisionMakers={loaded.adr?.decisionMakers}
    />
  );
}
