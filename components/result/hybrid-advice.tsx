/** The hybrid patterns that fit these answers, best first. */
import type { ResolvedResult } from "@/lib/result/load";
import { hybridPatternIn } from "@/lib/result/wording";
import styles from "./result.module.css";

export function HybridAdvice({
  advice,
  words,
}: {
  advice: ResolvedResult["result"]["hybridAdvice"];
  words: ResolvedResult["words"];
}) {
  if (advice.length === 0) return null;
  return (
    <section aria-labelledby="hybrid-title" className={styles.section}>
      <h2 id="hybrid-title">Which mix fits</h2>
      <ol className={styles.patterns}>
        {advice.map((item, index) => {
          const pattern = hybridPatternIn(words, item.pattern);
          return (
            <li key={item.pattern} className={styles.pattern} data-pattern={item.pattern}>
              <h3>
                {index === 0 ? "Best fit: " : ""}
                {pattern.title}
              </h3>
              <p>{pattern.description}</p>
              <p>
                <strong>Why here:</strong> {item.why}
              </p>
              <p className={styles.small}>Sources: {pattern.sources}</p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
