/**
 * The words of the editor's per-hand-off questions (MAP.md §4.1): each question, a short label per
 * option for the radio, and one line of help per option. The ids and their order are the
 * library's (lib/map/types.ts HANDOFF_QUESTIONS); a test keeps the two in step.
 */
import type { HandoffQuestionId, ParticipantKind } from "../map/types";

export interface HandoffQuestionWords {
  id: HandoffQuestionId;
  /** The question; "A" and "B" stand for the sender and the receiver. */
  text: string;
  short: string;
  options: { id: string; label: string; help: string }[];
}

export const UNSURE_OPTION = {
  id: "unsure",
  label: "Not sure",
  help: "Baton treats it as unknown.",
};

export const HANDOFF_QUESTION_WORDS: readonly HandoffQuestionWords[] = [
  {
    id: "intent",
    text: "What does A want?",
    short: "Intent",
    options: [
      { id: "do", label: "Do", help: "A needs B to do it, and A decides what happens next." },
      { id: "tell", label: "Tell", help: "A tells what happened; B decides whether to act." },
      { id: "ask", label: "Ask", help: "A asks B for data." },
    ],
  },
  {
    id: "wait",
    text: "Who waits for B's result?",
    short: "Waits",
    options: [
      { id: "user-waits", label: "User", help: "A person is waiting on the screen." },
      {
        id: "sender-waits",
        label: "Sender",
        help: "A needs the result before it continues, but nobody is staring at a screen.",
      },
      { id: "no-wait", label: "Nobody", help: "A carries on without it." },
    ],
  },
  {
    id: "undo",
    text: "If a later step fails, what happens to B's work?",
    short: "Undo",
    options: [
      { id: "none", label: "Nothing", help: "Nothing to undo." },
      {
        id: "compensate",
        label: "Undo",
        help: "It must be undone (refund, release, cancel).",
      },
      {
        id: "pivot",
        label: "Pivot",
        help: "The point of no return: once it succeeds the flow completes.",
      },
      { id: "retry", label: "Retry", help: "It must eventually succeed: retry, never undo." },
      {
        id: "atomic",
        label: "Atomic",
        help: "B's change and A's happen both or neither, and nobody may ever see one without the other.",
      },
    ],
  },
  {
    id: "duration",
    text: "How long can B take, waits included?",
    short: "Takes",
    options: [
      { id: "instant", label: "< 1 s", help: "Under a second." },
      { id: "seconds", label: "Seconds", help: "A few seconds." },
      { id: "minutes", label: "Minutes", help: "Minutes." },
      { id: "hours", label: "Hours", help: "Hours." },
      { id: "days-or-person", label: "Days / person", help: "Days, or until a person acts." },
    ],
  },
  {
    id: "together",
    text: "Must A send this exactly when its own data change commits?",
    short: "With A's commit",
    options: [
      {
        id: "yes",
        label: "Yes",
        help: "A lost message, or one sent for a change that was rolled back, would corrupt the outcome.",
      },
      {
        id: "no",
        label: "No",
        help: "A lost message is tolerable, or it carries no state change.",
      },
    ],
  },
  {
    id: "current",
    text: "How does it travel today, or as planned?",
    short: "Today",
    options: [
      { id: "call", label: "Call", help: "A synchronous request." },
      { id: "message", label: "Queue", help: "An asynchronous message to one receiver." },
      { id: "event", label: "Event", help: "Published for subscribers." },
      { id: "workflow", label: "Workflow", help: "A step of a workflow engine." },
      { id: "not-decided", label: "Not decided", help: "Not decided yet." },
    ],
  },
];

export const PARTICIPANT_KIND_WORDS: Record<ParticipantKind, string> = {
  service: "Service (yours)",
  client: "Client or UI",
  person: "Person",
  external: "External system",
};

/**
 * The editor's label for an answer to a hand-off question, as its radio shows it: "Queue" for
 * `current: "message"`, "Not sure" for `unsure`; an unknown value as it is. The result page uses it
 * so that it words an answer as the person saw it (issue 22 review 3, M2).
 *
 * @example
 * answerLabel("current", "message") // → "Queue"
 */
export function answerLabel(question: HandoffQuestionId, value: string): string {
  if (value === UNSURE_OPTION.id) return UNSURE_OPTION.label;
  const words = HANDOFF_QUESTION_WORDS.find((q) => q.id === question);
  return words?.options.find((o) => o.id === value)?.label ?? value;
}
