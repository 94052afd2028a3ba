import { headers } from "next/headers";
import { prefillFrom } from "@/lib/answers/prefill";
import type { Answers } from "@/lib/scoring/questions";
import { Questionnaire } from "./questionnaire";

// Without JavaScript every step shows at once, as one long form, and the browser-only controls
// (step buttons, progress, review) stay out of the way. Needs the request's CSP nonce.
const NO_SCRIPT_CSS =
  "[data-step][hidden],[data-noscript-only][hidden]{display:block!important}" +
  "[data-js-only]{display:none!important}";

/** The questionnaire screen of /advisor and /embed: heading, share-code notices and the form. */
export async function QuestionnaireScreen({
  searchParams,
  mode,
  defaults,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
  mode: "site" | "embed";
  /** The organisation's context defaults (lib/organisation/server `organisationDefaults`). */
  defaults: Answers;
}) {
  const [params, requestHeaders] = await Promise.all([searchParams, headers()]);
  const prefill = prefillFrom(params);
  // A fresh questionnaire starts from the organisation's context defaults; a share code's answers win.
  if (!prefill.fromCode) {
    prefill.initial = {
      ...prefill.initial,
      answers: { ...defaults, ...prefill.initial.answers },
    };
  }
  const nonce = requestHeaders.get("x-nonce") ?? undefined;
  return (
    <>
      <noscript>
        <style nonce={nonce}>{NO_SCRIPT_CSS}</style>
      </noscript>
      <h1>Which coordination style fits your flow?</h1>
      {!prefill.fromCode && prefill.damaged ? (
        <div className="callout" data-kind="warning" role="alert">
          <p className="callout-title">This share link is damaged</p>
          <p>
            {prefill.damaged} Nothing was pre-filled from it: answer the questions yourself, or ask
            for the link again.
          </p>
        </div>
      ) : null}
      <Questionnaire mode={mode} initial={prefill.initial} fromCode={prefill.fromCode} />
    </>
  );
}
