import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AnswersTable } from "@/components/team/answers-table";
import { DamagedLinks } from "@/components/team/damaged-links";
import { MergeRule } from "@/components/team/merge-rule";
import { MergedRecommendation } from "@/components/team/merged-recommendation";
import { TeamForm } from "@/components/team/team-form";
import { VerdictsTable } from "@/components/team/verdicts-table";
import styles from "@/components/team/team.module.css";
import type { Answers } from "@/lib/scoring";
import { encode } from "@/lib/share";
import { parseNames, splitEntries, teamHref, teamView } from "@/lib/team";

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

  const view = teamView(params.c, params.n);
  const pasted = splitEntries(params.c);
  const sampleHref = teamHref(
    SAMPLE.map((p) => encode(p.answers)),
    SAMPLE.map((p) => p.name),
  );
  const merged = view.merged;

  return (
    <>
      <h1>Team view</h1>
      <p className={styles.lede}>
        Several people answer the questionnaire for the same flow on their own, then paste their
        result links here. You see every answer side by side, the questions where the team
        disagrees, each person&apos;s verdict, and one merged recommendation. Everything lives in
        this page&apos;s address: nothing is stored.
      </p>

      <DamagedLinks damaged={view.damaged} ignored={view.ignored} />

      {merged ? (
        <>
          <section className={styles.section} aria-labelledby="merged-title">
            <h2 id="merged-title">Merged recommendation</h2>
            <MergedRecommendation result={merged.result} people={view.members.length} />
          </section>

          {/* Unnamed sections: the scrolling table inside is the region named by the heading. */}
          <section className={styles.section}>
            <h2 id="verdicts-title">Each person&apos;s verdict</h2>
            <VerdictsTable members={view.members} />
          </section>

          <section className={styles.section}>
            <h2 id="answers-title">Answers side by side</h2>
            <AnswersTable members={view.members} questions={view.questions} />
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

      <section className={styles.section} aria-labelledby="rule-title">
        <h2 id="rule-title">How the answers are merged</h2>
        <MergeRule />
      </section>
    </>
  );
}
