import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CopyLink } from "@/components/embed/copy-link";
import { EmbedCard } from "@/components/result/embed-card";
import { siteOrigin } from "@/lib/config/origin";
import { resultForRoute, type ResultRouteProps } from "@/lib/result/load";
import { resultPath } from "@/lib/result/path";
import { verdictHeadline } from "@/lib/result/wording";

// A damaged code never renders here for GET or HEAD: proxy.ts answers those with the complete
// 404 page of lib/result/damaged-page.ts. notFound() below covers any other method.
export async function generateMetadata(props: ResultRouteProps): Promise<Metadata> {
  const loaded = await resultForRoute(props);
  const robots = { index: false, follow: false };
  if (!loaded.ok) notFound();
  const headline = verdictHeadline(loaded.words, loaded.result);
  return { title: loaded.flow ? `${headline} · ${loaded.flow}` : headline, robots };
}

/**
 * The compact result card for iframes in wikis, and its link to copy (where the embedded
 * questionnaire finishes, too). No site chrome; links out to the full page.
 */
export default async function EmbeddedResultPage(props: ResultRouteProps) {
  const loaded = await resultForRoute(props);
  if (!loaded.ok) notFound();
  const pageUrl = `${await siteOrigin()}${resultPath(loaded.result.code, loaded.flow)}`;
  return (
    <div>
      <EmbedCard result={loaded.result} words={loaded.words} pageUrl={pageUrl} />
      <CopyLink url={pageUrl} />
    </div>
  );
}
