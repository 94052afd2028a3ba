import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmbedCard } from "@/components/result/embed-card";
import { resultForRoute, type ResultRouteProps } from "@/components/result/result-for-code";
import { siteOrigin } from "@/lib/config/origin";
import { resultPath, verdictHeadline } from "@/lib/result/wording";

type Props = ResultRouteProps;
const load = resultForRoute;

export async function generateMetadata(props: Props): Promise<Metadata> {
  const loaded = await load(props);
  const robots = { index: false, follow: false };
  if (!loaded.ok) return { title: "Damaged share link", robots };
  const headline = verdictHeadline(loaded.result);
  return { title: loaded.flow ? `${headline} · ${loaded.flow}` : headline, robots };
}

/** The compact result card for iframes in wikis. No site chrome; links out to the full page. */
export default async function EmbeddedResultPage(props: Props) {
  const loaded = await load(props);
  if (!loaded.ok) notFound();
  const pageUrl = `${await siteOrigin()}${resultPath(loaded.result.code, loaded.flow)}`;
  return (
    <div>
      <EmbedCard result={loaded.result} pageUrl={pageUrl} />
    </div>
  );
}
