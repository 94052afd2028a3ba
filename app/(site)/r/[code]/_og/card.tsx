/**
 * The Open Graph image of a result, as JSX for next/og (satori: flexbox only, inline styles,
 * every text node through `ogText`).
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
import { OG_FONT_FAMILY, ogText } from "./fonts";

export const OG_SIZE = { width: 1200, height: 630 } as const;

/** Verdict colours from the light theme in app/globals.css. */
const VERDICT_COLOUR: Record<NonNullable<ResolvedResult["result"]["verdict"]>, string> = {
  orchestration: "#7a3fc4",
  choreography: "#0b7a5b",
  hybrid: "#a35a00",
};

export function OgCard({ result, words }: Pick<ResolvedResult, "result" | "words">) {
  const colour =
    result.verdict === null || result.insufficient ? "#4a5160" : VERDICT_COLOUR[result.verdict];
  // A long flow name wraps to two lines; keep room for the footer.
  const reasonCount = result.flow && [...result.flow].length > 40 ? 1 : 2;
  const reasons = result.insufficient ? [] : strongestContributions(result, reasonCount);
  return (
    <div
      style={{
        display: "flex",
        width: "100%",
        height: "100%",
        background: "#ffffff",
        color: "#15171c",
        fontFamily: OG_FONT_FAMILY,
      }}
    >
      <div style={{ display: "flex", width: 24, height: "100%", background: colour }} />
      <div
        style={{
          display: "flex",
          flexDirection: "column",
          justifyContent: "space-between",
          padding: "56px 64px",
          flex: 1,
        }}
      >
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ display: "flex", fontSize: 28, color: "#4a5160" }}>
            {ogText(result.flow ? "Baton recommends, for" : "Baton recommends")}
          </div>
          {result.flow ? (
            <div
              style={{
                display: "flex",
                fontSize: 48,
                fontWeight: 700,
                marginTop: 8,
                lineHeight: 1.2,
              }}
            >
              {ogText(result.flow)}
            </div>
          ) : null}
          <div
            style={{
              display: "flex",
              fontSize: 60,
              fontWeight: 700,
              color: colour,
              marginTop: 28,
              lineHeight: 1.15,
            }}
          >
            {ogText(verdictHeadline(words, result))}
          </div>
          <div style={{ display: "flex", fontSize: 32, marginTop: 24 }}>
            {ogText(
              `${confidenceWords(result.confidenceLevel)} \u00b7 score ${formatPoints(result.score)}`,
            )}
          </div>
        </div>
        <div style={{ display: "flex", flexDirection: "column" }}>
          {reasons.map((c) => (
            <div key={c.question} style={{ display: "flex", fontSize: 24, color: "#4a5160" }}>
              {ogText(
                `\u2022 ${answerLabel(words, c.question, c.answer)} (${questionShortLabel(words, c.question)})`,
              )}
            </div>
          ))}
          <div style={{ display: "flex", fontSize: 24, color: "#4a5160", marginTop: 16 }}>
            {ogText(`Baton \u00b7 scored by model ${result.model} \u00b7 ${result.code}`)}
          </div>
        </div>
      </div>
    </div>
  );
}
