/**
 * The sentences of map model 1's rules and flags (MAP.md §6), filled in from the answers. They
 * belong to the model version, so an old map code keeps its words as well as its advice.
 */
import type { HandoffKind, SagaName, Transport } from "../types";
import type { HandoffFacts, Participant } from "./facts";

const article = (kind: HandoffKind) =>
  kind === "event" ? "An event" : kind === "query" ? "A query" : "A command";

/** What becomes of an event receiver's work when it is a step of the outcome (K4). */
const K4_MUST: Partial<Record<string, (h: HandoffFacts) => string>> = {
  retry: () => "its work is retried until it succeeds, never undone",
  compensate: () => "its work is undone if a later step fails",
  pivot: () => "its work is the point of no return; once it succeeds the flow completes",
  atomic: (h) => `its change must commit together with ${h.from.name}'s`,
};

export const sentences = {
  K1: (h: HandoffFacts) => `A query: ${h.label} asks ${h.to.name} for data (intent: ask).`,
  K2: (h: HandoffFacts, request: HandoffFacts, requestKind: HandoffKind) =>
    `The reply to ${request.label}: ${h.from.name} answers the ${requestKind === "query" ? "query" : "command"} ${h.to.name} waits for.`,
  K5: (h: HandoffFacts, kind: HandoffKind) => {
    const how =
      h.answers.current === "event"
        ? "published as an event"
        : "described as telling what happened";
    const but =
      h.answers.intent === "do"
        ? `${h.from.name} needs ${h.to.name} to do it (intent: do)`
        : h.answers.intent === "ask"
          ? `${h.from.name} asks ${h.to.name} for data (intent: ask)`
          : `${h.from.name} waits on ${h.to.name} (wait: ${h.answers.wait})`;
    return `A ${kind === "query" ? "query" : "command"} in disguise: it is ${how}, but ${but}.`;
  },
  K3: (h: HandoffFacts) => `A command: ${h.from.name} needs ${h.to.name} to do it (intent: do).`,
  /**
   * K4. The receiver of an event decides whether to act (Fowler 2017), unless its work is a step
   * of the outcome (`undo` retry, compensate, pivot or atomic): then it must act, and the
   * sentence says what becomes of its work (CONTRACT-NOTES.md).
   */
  K4: (h: HandoffFacts) => {
    const { undo, wait } = h.answers;
    const must = K4_MUST[undo];
    return must
      ? `An event: ${h.from.name} tells what happened, and ${h.to.name} must act on it: ${must(h)} (intent: tell, undo: ${undo}, wait: ${wait}).`
      : `An event: ${h.from.name} tells what happened and ${h.to.name} decides whether to act (intent: tell, wait: ${wait}).`;
  },
  K6: (h: HandoffFacts, kind: HandoffKind) => {
    const c = h.answers.current;
    const because =
      c === "event"
        ? "it is published for subscribers (current: event)"
        : c === "call" || c === "message" || c === "workflow"
          ? `it travels to one receiver that acts on it (current: ${c})`
          : kind === "event"
            ? `${h.from.name} sends ${h.label} to ${h.receivers} receivers and doesn't wait (wait: ${h.answers.wait})`
            : `${h.from.name} sends it to ${h.to.name} and nothing says it only reports a fact`;
    return `${article(kind)}: ${because} (intent: not sure).`;
  },
  C2: (n: number, ids: string[], root: Participant) =>
    `Pinball: ${n} events in a row (${ids.join(", ")}) realise one outcome and nobody owns it; let ${root.name} send these as commands in one scope.`,
  C3: (owner: Participant) =>
    `Horror Story: an all-or-nothing step (undo: atomic) is choreographed over asynchronous events; coordinate it from ${owner.name} or relax it to eventual consistency.`,
  C4: (h: HandoffFacts) =>
    `Keep it in one service and one transaction: it must succeed or fail together with ${h.from.name}'s change (undo: atomic), and both sit in one team and one domain.`,
  member: (h: HandoffFacts, owner: Participant, scopeId: string, moved: boolean, because: string) =>
    `A step of ${owner.name}'s orchestrated scope ${scopeId}: ${owner.name} ${
      moved && h.from.id !== owner.id
        ? `sends it once ${h.from.name} reports, instead of ${h.from.name} triggering ${h.to.name}`
        : "sends it and tracks the outcome"
    } (${because}).`,
  T4: (h: HandoffFacts) =>
    `A request from ${
      h.from.kind === "client"
        ? "the user's client"
        : h.from.kind === "person"
          ? "a person"
          : "an outside system"
    } arrives as a call; it returns at once when nobody should wait.`,
  T5sync: () => "A query is a request and response; it is answered quickly.",
  T5queue: () => "The answer takes long: ask over a queue and take the reply when it comes.",
  T6: (h: HandoffFacts) =>
    `A synchronous call: the ${h.answers.wait === "user-waits" ? "user" : "sender"} waits for the result and it takes ${
      h.answers.duration === "instant" ? "under a second" : "seconds"
    }.`,
  T7: (h: HandoffFacts) => {
    const why =
      h.answers.wait === "no-wait"
        ? "the sender doesn't wait"
        : h.long
          ? `the result takes ${h.answers.duration}: take the reply when it comes`
          : "nobody is known to wait";
    return `An asynchronous command over a queue: ${why} (wait: ${h.answers.wait}).`;
  },
  /**
   * T8. A person reads no broker or queue, and another company's system does not subscribe to
   * ours: say how the hand-off reaches them. Sources: OMG BPMN 2.0.2 §10.3.3 (user task); Rücker,
   * _Practical Process Automation_ (2021), on human task management; Standard Webhooks 1.0.0
   * (`webhook-id` for de-duplication); IETF draft-ietf-httpapi-idempotency-key-header-07 (2025,
   * work in progress).
   */
  T8: {
    notification: (h: HandoffFacts) =>
      `${h.to.name} is a person, who reads no broker or queue: ${h.from.name} sends it to them by email, SMS or push, directly or through a notification service, retrying and recording what was sent.`,
    userTask: (h: HandoffFacts, owner: Participant | null) =>
      `${h.to.name} is a person: tell them what to do, as a task in their task list if they work for you (a user task) or a message with a link if not, with a deadline; ${
        owner
          ? `${owner.name}'s workflow waits for their answer and reminds them or moves on when the deadline passes`
          : "their answer comes back as a hand-off when they act"
      }.`,
    webhook: (h: HandoffFacts) =>
      `${h.to.name} is another company's system and does not subscribe to your broker: deliver the event to its endpoint as a webhook, a signed HTTP call retried with backoff, whose id lets ${h.to.name} drop a duplicate.`,
    partnerApi: (h: HandoffFacts, transport: Transport) =>
      `${h.to.name} is another company's system: call its API ${
        transport === "queue"
          ? "from a worker that takes the command off the queue"
          : transport === "activity"
            ? "from the step's activity"
            : "with a timeout"
      }, and send an idempotency key so that a retry never does the work twice.`,
  },
  passiveAggressive: (h: HandoffFacts, kindSentence: string, kind: HandoffKind) =>
    `${kindSentence} Send ${kind === "query" ? "a query with a reply" : "a command"} to ${h.to.name}, or let the owner of the outcome turn the event into its own command.`,
  syncChain: (ids: string[]) =>
    `${ids.length} synchronous calls in a row (${ids.join(", ")}): their failures multiply and their latencies add. Let one service call the others, make the later hops asynchronous, or keep a copy of the data.`,
  outbox: (h: HandoffFacts) =>
    `${h.from.name}'s change and this message must agree: write both in one transaction with a transactional outbox (or capture the change with CDC).`,
  outboxMember: (h: HandoffFacts, owner: Participant) =>
    `${owner.name}'s state machine records this step and sends it to ${h.to.name} in one local transaction: write the step's state and the message together with a transactional outbox (or capture the change with CDC), so the step is never recorded without being sent, nor sent without being recorded (Richardson ch. 4).`,
  choreographedCompensation: (n: number, first: Participant) =>
    `${n} steps are undone by receivers reacting to failure events: the compensation logic is spread across services (an Anthology saga). Consider a scope owned by ${first.name}.`,
  scopeSpansTeams: (owner: Participant, teams: number) =>
    `${owner.name} orchestrates steps owned by ${teams} teams. Keep each step's logic in its owner's service behind a command, and agree each compensation with that team. Where the teams don't need each other's results, let them exchange events (Azure Choreography pattern; Newman ch. 6). AWS Prescriptive Guidance places orchestration across services.`,
  scopeDissolved: (owner: Participant, verdict: string, patterns: readonly string[]) =>
    `The one-flow model, on this scope's answers, does not orchestrate it (${verdict}: ${
      patterns.length ? patterns.join(", ") : "no orchestrating pattern"
    }): ${owner.name} calls or queues these steps without a workflow.`,
  compensation: {
    owner: (owner: Participant, h: HandoffFacts, last: boolean) =>
      `${owner.name} issues the compensating command to ${h.to.name} when the flow fails after this step: ${
        last
          ? "it times out or is cancelled"
          : "a later step fails, or it times out or is cancelled"
      }.`,
    sender: (h: HandoffFacts) => `Rolled back with ${h.from.name}'s transaction.`,
    external: (h: HandoffFacts) =>
      `${h.from.name} undoes it when a later step fails, by calling ${h.to.name}'s own undo (a void, a refund, a cancellation): another company's system does not hear your failure events.`,
    receiver: (h: HandoffFacts) =>
      `${h.to.name} undoes its own work when it hears of the failure (an event it subscribes to).`,
    pivot: (h: HandoffFacts) =>
      `Not compensated: ${h.to.name}'s step is the point of no return; once it succeeds the flow completes.`,
    retry: (h: HandoffFacts) =>
      `Not compensated: ${h.to.name}'s step is retried until it succeeds, never undone.`,
  },
};

/** One-line trade-offs per saga, after Hard Parts ch. 12 (our wording). */
export const SAGA_TRADEOFFS: Record<SagaName, string> = {
  Epic: "it behaves most like a monolith's transaction, but couples every participant in time and scales least",
  "Fairy Tale":
    "a central owner and synchronous steps make it easy to follow and to recover, while waiting on every call limits scale",
  "Fantasy Fiction":
    "asynchrony buys little: holding all-or-nothing across asynchronous steps makes coordination hard and errors costly; consider eventual consistency",
  Parallel:
    "the name is Hard Parts' for asynchronous steps, not steps that run at once; it scales and stays responsive with one owner for errors, but in-between states are visible and it is harder to debug than a synchronous saga",
};
