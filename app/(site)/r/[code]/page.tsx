import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ResultView } from "@/components/result/result-view";
import { siteOrigin } from "@/lib/config/origin";
import type { ResultJson } from "@/lib/result";
import { resultForRoute, type ResultRouteProps } from "@/lib/result/load";
import { resultPath } from "@/lib/result/path";
import { confidenceWords, verdictHeadline } from "@/lib/result/wording";
import { verdictReasonOf } from "@/lib/result/explain";
import { sharePageMetadata } from "../../_og/metadata";

// A damaged code never renders here for GET or HEAD: proxy.ts answers those with the complete
// 404 page of lib/result/damaged-page.ts. notFound() below covers any other method.
function describe(result: ResultJson): string {
  return `${confidenceWords(result.confidenceLevel)}. ${result.confidenceReason}`;
}

export async function generateMetadata(props: ResultRouteProps): Promise<Metadata> {
  const loaded = await resultForRoute(props);
  if (!loaded.ok) notFound();
  const { result, words, flow } = loaded;
  const origin = await siteOrigin();
  const pageUrl = `${origin}${resultPath(result.code, flow)}`;
  const imageUrl = `${origin}${resultPath(result.code, flow, { suffix: "/og" })}`;
  const title = flow
    ? `${verdictHeadline(words, result)} · ${flow}`
    : verdictHeadline(words, result);
  const description = describe(result);
  const reason = result.insufficient ? undefined : verdictReasonOf(result);
  const alt = result.insufficient
    ? `${verdictHeadline(words, result)}${flow ? ` for ${flow}` : ""}: too few questions are answered to name a style.`
    : `${verdictHeadline(words, result)}${flow ? ` for ${flow}` : ""}. ${reason ? `${reason} ` : ""}${confidenceWords(result.confidenceLevel)}.`;
  return sharePageMetadata({ origin, pageUrl, imageUrl, title, description, alt });
}

export default async function ResultPage(props: ResultRouteProps) {
  const loaded = await resultForRoute(props);
  if (!loaded.ok) notFound();
  const origin = await siteOrigin();
  return (
    <ResultView
      resolved={loaded}
      pageUrl={`${origin}${resultPath(loaded.result.code, loaded.flow)}`}
    />
  );
}
