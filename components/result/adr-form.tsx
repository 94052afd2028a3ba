/**
 * The ADR export as a form, for a one-flow result and for a flow map alike: an optional number in
 * the team's log and optional decision-makers, sent as `?number=` and `?decision-makers=` to the
 * record's Markdown route (which names the file `NNNN-<slug>.md` when numbered). A plain GET form,
 * so it works without JavaScript and from the keyboard.
 */
import styles from "./result.module.css";

export function AdrExportForm({
  action,
  flow,
  decisionMakers,
}: {
  /** The record's route, e.g. `/r/<code>/adr` or `/m/<code>/adr`. */
  action: string;
  /** A one-flow result's flow name, kept in the query. */
  flow?: string;
  /** The organisation config's decision-makers, the field's default. */
  decisionMakers?: string;
}) {
  return (
    <form className={styles.adrForm} method="get" action={action} aria-labelledby="adr-form-title">
      <p id="adr-form-title" className={styles.adrTitle}>
        Decision record (MADR 4)
      </p>
      {flow ? <input type="hidden" name="flow" value={flow} /> : null}
      <label htmlFor="adr-number">Number in your log (optional)</label>
      <input
        id="adr-number"
        name="number"
        type="number"
        min={1}
        max={99999999}
        step={1}
        inputMode="numeric"
      />
      <label htmlFor="adr-decision-makers">Decision-makers (optional)</label>
      <input
        id="adr-decision-makers"
        name="decision-makers"
        type="text"
        maxLength={200}
        defaultValue={decisionMakers}
        autoComplete="off"
      />
      <button type="submit" className="button secondary">
        Export ADR (Markdown)
      </button>
    </form>
  );
}
