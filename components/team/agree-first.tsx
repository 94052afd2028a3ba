/** "Agree on these first": the disagreements whose answers would decide the merged verdict. */
import type { AgreeFirst as AgreeFirstList } from "@/lib/team";
import { verdictLabel } from "@/lib/result/wording";
import styles from "./team.module.css";

const outcome = (verdict: string) =>
  verdict === "too-early" ? "too early to say" : verdictLabel(verdict as never).toLowerCase();

export function AgreeFirst({ first, merged }: { first: AgreeFirstList; merged: string }) {
  if (first.kind === "none") {
    return (
      <p data-testid="agree-first" data-kind="none">
        Whatever you settle on between the answers given, the merged verdict stays {outcome(merged)}
        . Talk through the disagreements anyway: they change the reasons and the confidence.
      </p>
    );
  }
  return (
    <>
      <p>
        {first.kind === "alone"
          ? "Each of these questions decides the merged verdict on its own: depending on whose answer you take, the verdict changes."
          : "No single question decides the merged verdict alone, but these, the ones that move the score most, do together: settled toward orchestration or toward choreography, they give different verdicts."}
      </p>
      <ol className={styles.agreeFirst} data-testid="agree-first" data-kind={first.kind}>
        {first.questions.map((d) => (
          <li key={d.question.id} data-question={d.question.id}>
            {d.question.text}
            {first.kind === "alone" ? (
              <span className={styles.outcomes}>
                {" "}
                (
                {d.outcomes
                  .map(
                    (o) =>
                      `${d.question.options.find((opt) => opt.id === o.answer)?.label ?? o.answer}: ${outcome(o.verdict)}`,
                  )
                  .join("; ")}
                )
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}
