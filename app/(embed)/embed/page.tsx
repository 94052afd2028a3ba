import type { Metadata } from "next";
import { QuestionnaireScreen } from "@/components/questionnaire/questionnaire-screen";
import { organisationDefaults } from "@/lib/organisation/server";

export const metadata: Metadata = { title: "Questionnaire" };

/** The questionnaire inside an iframe: it finishes on /embed/r/<code>. */
export default function EmbedQuestionnairePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return (
    <QuestionnaireScreen searchParams={searchParams} mode="embed" defaults={organisationDefaults} />
  );
}
