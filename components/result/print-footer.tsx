/**
 * What a printed or saved-as-PDF result must carry to be traced back: its URL, the model version,
 * the share code and the day it was printed. Shown on paper only.
 */
import { PrintDate } from "./print-date-client";
import styles from "./result.module.css";

export function PrintFooter({
  pageUrl,
  model,
  code,
}: {
  pageUrl: string;
  model: number;
  code: string;
}) {
  return (
    <footer className={styles.printFooter} data-print-footer="">
      <p>
        Printed from <span className={styles.printUrl}>{pageUrl}</span>
      </p>
      <p>
        Baton model {model}, share code {code}
        <PrintDate />
      </p>
    </footer>
  );
}
