/**
 * The Open Graph image of a result, in the frame every Baton image shares (app/(site)/_og): the
 * flow name, the verdict in its colour, confidence and score, the strongest answers, the model.
 */
import type { ResolvedResult } from "@/lib/result/load";
import { formatPoints } from "@/lib/result/format";
import {
  confidenceWords,
  answerLabel,
  questionShortLabel,
  strongestContributions,
  verdictHeadline,
} from "@/lib/result/wording";
import { OG_KICKER, OG_MUTED, OG_TITLE, OgFrame, ogColour } from "../../../_og/frame";

export function OgCard({ result, words }: Pick<ResolvedResult, "result" | "words">) {
  const colour = ogColour(result.insufficient ? null : result.verdict);
  // A long flow name wraps to two lines; keep room for the footer.
  const reasonCount = result.flow && [...result.flow].length > 40 ? 1 : 2;
  const reasons = result.insufficient ? [] : strongestContributions(result, reasonCount);
  return (
    <OgFrame
      colour={colour}
      top={[
        { text: result.flow ? "Baton recommends, for" : "Baton recommends", style: OG_KICKER },
        ...(result.flow ? [{ text: result.flow, style: OG_TITLE }] : []),
        {
          text: verdictHeadline(words, result),
          style: { fontSize: 60, fontWeight: 700, color: colour, marginTop: 28, lineHeight: 1.15 },
        },
        {
          text: `${confidenceWords(result.confidenceLevel)} \u00b7 score ${formatPoints(result.score)}`,
          style: { fontSize: 32, marginTop: 24 },
        },
      ]}
      bottom={[
        ...reasons.map((c) => ({
          text: `\u2022 ${answerLabel(words, c.question, c.answer)} (${questionShortLabel(words, c.question)})`,
          style: { fontSize: 24, color: OG_MUTED },
        })),
        {
          text: `Baton \u00b7 scored by model ${result.model} \u00b7 ${result.code}`,
          style: { fontSize: 24, color: OG_MUTED, marginTop: 16 },
        },
      ]}
    />
  );
}
