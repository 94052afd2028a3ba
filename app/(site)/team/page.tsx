import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AgreeFirst } from "@/components/team/agree-first";
import { AnswersTable } from "@/components/team/answers-table";
import { BeforeAfter } from "@/components/team/before-after";
import { CompareForm } from "@/components/team/compare-form";
import { DamagedLinks } from "@/components/team/damaged-links";
import { DisagreementList } from "@/components/team/disagreement-list";
import { MergeRule } from "@/components/team/merge-rule";
import { MergedRecommendation } from "@/components/team/merged-recommendation";
import { TeamForm } from "@/components/team/team-form";
import { TeamStance } from "@/components/team/team-stance";
import styles from "@/components/team/team.module.css";
import type { Answers } from "@/lib/scoring";
import { encode } from "@/lib/share";
import {
  agreeFirst,
  disagreementsOf,
  mostGivenQuestions,
  parseNames,
  splitEntries,
  teamHref,
  teamView,
  verdictsAgree,
} from "@/lib/team";

export const metadata: Metadata = {
  title: "Team view",
  description:
    "Compare several people's answers for one flow, see where they disagree, and merge them.",
  // The page echoes names from its URL.
  robots: { index: false, follow: false },
};

/** Three people who see the same checkout flow differently: the "try it" link. */
const SAMPLE: { name: string; answers: Answers }[] = [
  {
    name: "Ana",
    answers: {
      participants: "five-to-seven",
      "control-flow": "branches-and-joins",
      consistency: "near-atomic",
      visibility: "ops-per-instance",
      duration: "hours",
      teams: "two-three",
      "end-to-end-owner": "yes",
      "workflow-engine": "managed-available",
      platform: "aws",
    },
  },
  {
    name: "Ben",
    answers: {
      participants: "three-to-four",
      "control-flow": "linear",
      "side-effects": "many-growing",
      consistency: "eventual-simple",
      visibility: "engineers",
      duration: "seconds-minutes",
      teams: "four-six",
      "bounded-contexts": "many-independent",
      platform: "aws",
    },
  },
  {
    name: "Chen",
    answers: {
      participants: "five-to-seven",
      "control-flow": "some-conditionals",
      "side-effects": "several",
      consistency: "multi-step-compensation",
      visibility: "ops-per-instance",
      duration: "seconds-minutes",
      teams: "two-three",
      "end-to-end-owner": "partial",
      platform: "kubernetes",
    },
  },
];

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function TeamPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  // The form submits raw links and names; the canonical address carries codes and names only.
  if (params.links !== undefined) redirect(teamHref(params.links, params.names));
  // The compare form of a result: that result and the other one, read as before and after.
  if (params.other !== undefined && typeof params["this-code"] === "string") {
    const mine = params["this-code"];
    const other = String(params.other);
    const pair = params.this === "before" ? [mine, other] : [other, mine];
    redirect(teamHref(pair.join("\n"), ["Before", "After"]));
  }

  const view = teamView(params.c, params.n);
  const pasted = splitEntries(params.c);
  const sampleHref = teamHref(
    SAMPLE.map((p) => encode(p.answers)),
    SAMPLE.map((p) => p.name),
  );
  const merged = view.merged;
  const agree = verdictsAgree(view.members.map((m) => m.result));
  const disagreements = merged ? disagreementsOf(view.questions, merged.result.answers) : [];
  const first = merged ? agreeFirst(disagreements, merged.result.answers) : undefined;
  const mergedVerdict = merged
    ? merged.result.insufficient
      ? "too-early"
      : (merged.result.verdict ?? "too-early")
    : "";
  const [before, after] = view.members;

  const compare = view.mode === "before-after" && before !== undefined && after !== undefined;
  // A result page's "Compare with another result" opens with its own code and the names Before,
  // After: one link so far, waiting for the other. It asks for that one, not for a team.
  const names = parseNames(params.n).map((n) => n.toLowerCase());
  const pending =
    view.members.length === 1 &&
    view.damaged.length === 0 &&
    names.length === 2 &&
    names[0] === "before" &&
    names[1] === "after";

  if (pending) {
    return (
      <>
        <h1>Before and after</h1>
        <p className={styles.lede}>
          Compare two results for the same flow: both verdicts and scores, each answer that changed
          and what it did to the score. Nothing is merged. Everything lives in this page&apos;s
          address: nothing is stored.
        </p>
        <CompareForm member={view.members[0]!} />
      </>
    );
  }

  return (
    <>
      <h1>{compare ? "Before and after" : "Team view"}</h1>
      <p className={styles.lede}>
        {compare
          ? "The same flow answered twice: the first link is read as before, the second as after. You see both verdicts and scores, each answer that changed and what it did to the score. Nothing is merged: the after is the result to use. Everything lives in this page’s address: nothing is stored."
          : "Several people answer the questionnaire for the same flow on their own, then paste their result links here. You see each person’s verdict, every question you answer differently (the ones that move the score most first), which to agree on first, and then a merged recommendation to start the discussion. Two links named Before and After read as before and after. Everything lives in this page’s address: nothing is stored."}
      </p>

      <DamagedLinks damaged={view.damaged} ignored={view.ignored} />

      {merged && compare ? (
        <>
          <section className={styles.section}>
            <h2 id="before-after-title">What changed</h2>
            <p className={styles.hint}>
              Each changed answer with its points, and how far it moved the score (points × the
              question&apos;s weight).
            </p>
            <BeforeAfter before={before} after={after} questions={view.questions} />
          </section>
          {/* Unnamed section: the scrolling table inside is the region named by the heading. */}
          <section className={styles.section}>
            <h2 id="answers-title">Answers side by side</h2>
            <AnswersTable
              members={view.members}
              questions={view.questions}
              merged={false}
              model={view.words.version}
            />
          </section>
        </>
      ) : null}

      {merged && !compare ? (
        <>
          <section className={styles.section} aria-labelledby="stance-title">
            <h2 id="stance-title">{agree ? "Where you agree" : "Where you disagree"}</h2>
            <TeamStance members={view.members} agree={agree} />
          </section>

          {view.members.length > 1 && (!agree || disagreements.length > 0) ? (
            <>
              <section className={styles.section} aria-labelledby="disagreements-title">
                <h2 id="disagreements-title">
                  The questions you answer differently, by how much they move the score
                </h2>
                <DisagreementList disagreements={disagreements} members={view.members} />
              </section>
              {first && disagreements.length > 0 ? (
                <section className={styles.section} aria-labelledby="agree-first-title">
                  <h2 id="agree-first-title">Agree on these first</h2>
                  <AgreeFirst first={first} merged={mergedVerdict} />
                </section>
              ) : null}
            </>
          ) : null}

          <section className={styles.section} aria-labelledby="merged-title">
            <h2 id="merged-title">Merged recommendation: a starting point for discussion</h2>
            <p className={styles.startingPoint}>
              {agree
                ? "The answers merged question by question, then scored like one person’s."
                : "Not a decision: the answers merged question by question (the rule is at the end of the page), then scored like one person’s. Use it to start the conversation, not to end it."}
            </p>
            <MergedRecommendation
              result={merged.result}
              words={merged.words}
              people={view.members.length}
            />
          </section>

          {/* Unnamed section: the scrolling table inside is the region named by the heading. */}
          <section className={styles.section}>
            <h2 id="answers-title">Answers side by side</h2>
            <AnswersTable
              members={view.members}
              questions={view.questions}
              model={view.words.version}
            />
          </section>
        </>
      ) : null}

      <section className={styles.section} aria-labelledby="form-title">
        <h2 id="form-title">{merged ? "Change the links" : "Paste the team's links"}</h2>
        <TeamForm links={pasted.join("\n")} names={parseNames(params.n).join("\n")} />
        {merged ? null : (
          <p>
            No links yet? <Link href={sampleHref}>See an example with three people</Link>.
          </p>
        )}
      </section>

      {compare ? null : (
        <section className={styles.section} aria-labelledby="rule-title">
          <h2 id="rule-title">How the answers are merged</h2>
          <MergeRule mostGiven={mostGivenQuestions()} />
        </section>
      )}
    </>
  );
}
