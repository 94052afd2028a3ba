import { parseAnswersJson } from "@/lib/answers/schema";
import type { Answers } from "@/lib/scoring/questions";
import { wellFormed } from "@/lib/text/well-formed";

export type Submission =
  | { ok: true; answers: Answers; flow?: string; embed: boolean }
  | { ok: false; field: string; message: string };

/**
 * Reads the questionnaire's GET form: one parameter per answered question (`teams=one`), an
 * optional `flow`, and `embed=1` from the embed. Parsed by the Answers JSON schema; an error names
 * the form field. Unanswered questions are simply absent and count as `unsure`.
 *
 * @example
 * parseSubmission(new URLSearchParams("teams=one&flow=Checkout"))
 * // → { ok: true, answers: { teams: "one" }, flow: "Checkout", embed: false }
 */
export function parseSubmission(params: URLSearchParams): Submission {
  const seen = new Set<string>();
  const answers: Record<string, string> = {};
  let flow: string | undefined;
  let embed = false;
  for (const [rawKey, rawValue] of params) {
    // Query text enters here: made well-formed before anything echoes it.
    const key = wellFormed(rawKey);
    const value = wellFormed(rawValue);
    if (seen.has(key)) {
      return { ok: false, field: key, message: `${key}: given more than once; send it once.` };
    }
    seen.add(key);
    if (key === "flow") flow = value;
    else if (key === "embed") {
      if (value !== "1") {
        return { ok: false, field: key, message: `embed: must be 1 when present.` };
      }
      embed = true;
    } else answers[key] = value;
  }
  const parsed = parseAnswersJson({ ...(flow ? { flow } : {}), answers });
  if (!parsed.ok) {
    // The form's fields are the question ids themselves, without the JSON's "answers." prefix.
    const field = parsed.field.replace(/^answers\./, "");
    const message = parsed.message
      .replace(/^answers\./, "")
      .replace(" at answers;", ";")
      .replace("a question id of the model", "a question of the questionnaire, flow or embed");
    return { ok: false, field, message };
  }
  return {
    ok: true,
    answers: parsed.value.answers,
    ...(parsed.value.flow ? { flow: parsed.value.flow } : {}),
    embed,
  };
}
