import type { Metadata } from "next";
import { QuestionnaireScreen } from "@/components/questionnaire/questionnaire-screen";
import { organisationDefaults } from "@/lib/organisation/server";

export const metadata: Metadata = {
  title: "Questionnaire",
  description:
    "Answer about twenty questions on one business flow and get a recommendation: orchestration, choreography or a hybrid, with its reasons.",
};

export default function AdvisorPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return (
    <QuestionnaireScreen searchParams={searchParams} mode="site" defaults={organisationDefaults} />
  );
}
