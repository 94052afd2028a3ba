/**
 * Model 3's verdict sentence: model 2's, and, where `event-driven-whole`'s conditions hold but
 * model 3's exception kept the band's orchestration, a clause that says why.
 */
import type { RuleContext } from "../types";
import { verdictReasonV2 } from "../model-2/reason";
import { eventDrivenWhole } from "../model-2/verdict";

/** The sentence for a result: model 2's rule sentences, plus model 3's event-driven-whole exception. */
export function verdictReasonV3(context: RuleContext): string {
  const reason = verdictReasonV2(context);
  const { contributions, detail, insufficient } = context;
  if (insufficient || detail.verdict !== "orchestration" || detail.rule) return reason;
  if (!eventDrivenWhole(contributions)) return reason;
  const answered = contributions.find((c) => c.question === "outcome-ownership")?.answer;
  return answered === "unsure"
    ? `${reason} Participants come and go, but who needs the outcome is not answered, so the event-driven-whole rule doesn't apply.`
    : `${reason} Participants come and go and the initiator doesn't act on outcomes, but one team runs the flow end to end and it is long-running or audited, so it stays orchestrated (the event-driven-whole rule's exception).`;
}
