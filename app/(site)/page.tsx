import Link from "next/link";
import { EXAMPLE_RESULT } from "@/lib/content/example-result";
import { resultPath } from "@/lib/result/path";

export default function LandingPage() {
  return (
    <>
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">Orchestrate, choreograph, or both?</h1>
        <p className="lede">
          Baton helps your team decide how the services in <strong>one business flow</strong> should
          coordinate. Answer about twenty questions on the flow&apos;s size, coordination needs,
          operations and teams; get a recommendation that shows its reasoning, what would change it,
          and a decision record you can paste into your repository.
        </p>
        <p className="button-row">
          <Link className="button" href="/advisor">
            Start the questionnaire
          </Link>
          <Link className="button secondary" href="/map">
            Map a system&apos;s hand-offs
          </Link>
          <Link className="button secondary" href="/guides">
            Read the guides
          </Link>
        </p>
        <p data-testid="example-result">
          Or see an example first:{" "}
          <Link href={resultPath(EXAMPLE_RESULT.code, EXAMPLE_RESULT.flow)}>
            the result for {EXAMPLE_RESULT.company}&apos;s {EXAMPLE_RESULT.flow}
          </Link>
          , a published case Baton is calibrated on.
        </p>
      </section>
      <section aria-labelledby="verdicts-title">
        <h2 id="verdicts-title">Three possible answers</h2>
        <ul className="verdict-cards">
          <li>
            <h3>Orchestration</h3>
            <p>
              One component, a workflow engine or saga orchestrator, holds the flow and tells each
              service what to do next.
            </p>
          </li>
          <li>
            <h3>Choreography</h3>
            <p>
              Each service reacts to the others&apos; events. Nobody holds the whole flow; it
              emerges from the subscriptions.
            </p>
          </li>
          <li>
            <h3>Hybrid</h3>
            <p>
              Most real systems mix the two, decided hand-off by hand-off: Baton names the pattern
              that fits.
            </p>
          </li>
        </ul>
      </section>
      <section aria-labelledby="map-title" className="prose">
        <h2 id="map-title">One flow, or the whole map</h2>
        <p>
          The questionnaire advises on one business flow. The <Link href="/map">flow map</Link>{" "}
          takes a system&apos;s participants and hand-offs, six one-click questions per hand-off,
          and says for each hand-off whether it is a command or an event, how it travels, which
          orchestrated scope owns it and who compensates it. It draws the map, links each scope to
          its own one-flow result and exports an ADR.{" "}
          <Link href="/guides/deciding-hand-off-by-hand-off">How it decides</Link>.
        </p>
      </section>
      <section aria-labelledby="not-k8s-title" className="prose">
        <h2 id="not-k8s-title">Not the Kubernetes kind of orchestration</h2>
        <p>
          Kubernetes orchestrates containers: where they run and how many. Whether a business flow
          is orchestrated or choreographed is a separate choice, and running on Kubernetes
          doesn&apos;t make it for you.{" "}
          <Link href="/guides/kubernetes-is-not-your-workflow-orchestrator">
            Why the two differ
          </Link>
          .
        </p>
      </section>
    </>
  );
}
