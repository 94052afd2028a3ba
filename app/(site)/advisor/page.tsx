import type { Metadata } from "next";

export const metadata: Metadata = { title: "Questionnaire" };

export default function AdvisorPage() {
  return (
    <>
      <h1>Questionnaire</h1>
      <p>The questionnaire is being built.</p>
    </>
  );
}
