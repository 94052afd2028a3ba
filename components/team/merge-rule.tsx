import { listPhrase } from "@/lib/result/wording";
import { DISAGREE_POINTS, type mostGivenQuestions } from "@/lib/team";
import styles from "./team.module.css";

/**
 * The merge rule in words; lib/team/merge.ts is the rule itself, and says which questions merge
 * by the answer most people gave (`mostGivenQuestions`).
 */
export function MergeRule({ mostGiven }: { mostGiven: ReturnType<typeof mostGivenQuestions> }) {
  return (
    <div className="prose">
      <ul className={styles.rule}>
        <li>
          <strong>Scored questions:</strong> take the points of everyone who answered (&ldquo;Not
          sure&rdquo; is left out). The team&apos;s position is the median of those points; with an
          even number of answers, halfway between the two middle ones. The merged answer is the
          option nearest that position. When two options are equally near, the one nearer 0 points
          wins; when those two lie on opposite sides of 0, the team is split down the middle and the
          merged answer is &ldquo;Not sure&rdquo; (0 points). Among options worth the same points,
          the one more people chose wins, then the first listed.
        </li>
        <li data-merge-most-given="">
          <strong>Context questions</strong> ({listPhrase(mostGiven.context)}; never scored)
          {mostGiven.flat.length > 0
            ? `, and scored questions whose options all count the same points (${listPhrase(mostGiven.flat)})`
            : ""}
          : the answer most people gave, the first listed on a tie.
        </li>
        <li>
          <strong>Nobody answered:</strong> &ldquo;Not sure&rdquo;.
        </li>
        <li>
          <strong>Differs</strong> marks every question where two people gave different answers
          (&ldquo;Not sure&rdquo; included), with how far it can move the score: the points between
          the answers given times the question&apos;s weight. <strong>Disagree</strong> marks the
          stronger case: a scored question where two answers are {DISAGREE_POINTS} or more points
          apart, or pull opposite ways (one toward orchestration, one toward choreography), and a
          question merged by the most given answer with two different answers.
        </li>
      </ul>
      <p>
        The merged answers are then scored by the model exactly like one person&apos;s answers. A
        median ignores a lone outlier and never lands outside the range of what people said, and
        moving one person&apos;s answer toward orchestration never moves the merged answer the other
        way. It does not settle a disagreement: talk through the questions marked
        &ldquo;disagree&rdquo; first, then those that differ, then answer once together.
      </p>
      <p>
        Each person&apos;s verdict comes from the model version that made their link; the merged
        answers are scored by the current model.
      </p>
    </div>
  );
}
