import { describe, expect, it } from "vitest";
import { HANDOFF_QUESTIONS, validateMap } from "../map";
import {
  addHandoff,
  addParticipant,
  draftFromMap,
  draftFromParams,
  draftToMap,
  draftToParams,
  emptyDraft,
  moveHandoff,
  removeParticipant,
  sanitiseDraft,
  slugId,
  TRIGGER_NONE,
  withDefaults,
} from "./draft";
import { largestMap } from "./largest-map";
import { HANDOFF_QUESTION_WORDS } from "./questions";

describe("the editor's draft", () => {
  it("round-trips a map through the draft with its ids, triggers and answers", () => {
    const checked = validateMap(largestMap());
    if (!checked.ok) throw new Error("largest map");
    const again = validateMap(draftToMap(draftFromMap(checked.map)));
    expect(again.ok && again.map).toEqual(checked.map);
  });

  it("round-trips through the no-JavaScript form's fields", () => {
    const draft = draftFromMap(largestMap());
    expect(draftFromParams(draftToParams(draft))).toEqual(draft);
  });

  it("applies the form's buttons: add, remove, move", () => {
    const draft = draftFromMap(largestMap("Buttons"));
    const params = draftToParams({ ...draft, participants: draft.participants.slice(0, 3) });
    params.set("add", "participant");
    expect(draftFromParams(params)!.participants).toHaveLength(4);
    const moved = draftToParams(draft);
    moved.set("up", draft.handoffs[1]!.key);
    expect(draftFromParams(moved)!.handoffs[0]!.key).toBe(draft.handoffs[1]!.key);
  });

  it("stops adding at the limits of MAP.md §9", () => {
    let draft = emptyDraft();
    for (let i = 0; i < 30; i++) draft = addHandoff(addParticipant(draft));
    expect(draft.participants).toHaveLength(12);
    expect(draft.handoffs).toHaveLength(20);
  });

  it("makes unique ids that match the id pattern from names and labels", () => {
    expect(slugId("Order Service (EU)", "p1")).toBe("order-service-eu");
    expect(slugId("Überweisung", "p1")).toBe("uberweisung");
    expect(slugId("!!!", "p7")).toBe("p7");
    let draft = emptyDraft();
    draft = {
      ...draft,
      participants: draft.participants.map((p) => ({ ...p, name: "Order service" })),
      handoffs: draft.handoffs.map((h) => ({ ...h, label: "Order service" })),
    };
    const map = draftToMap(draft);
    const ids = [...map.participants.map((p) => p.id), ...map.handoffs.map((h) => h.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9][a-z0-9-]{0,23}$/);
  });

  it("keeps a trigger only when it is earlier, and 'starts on its own' as null", () => {
    let draft = draftFromMap(largestMap());
    draft = {
      ...draft,
      handoffs: draft.handoffs.map((h, i) =>
        i === 2
          ? { ...h, trigger: draft.handoffs[1]!.key }
          : i === 3
            ? { ...h, trigger: TRIGGER_NONE }
            : h,
      ),
    };
    expect(draftToMap(draft).handoffs[2]!.trigger).toBe(draft.handoffs[1]!.id);
    expect(draftToMap(draft).handoffs[3]!.trigger).toBeNull();
    const moved = moveHandoff(draft, draft.handoffs[1]!.key, 1);
    expect(moved.handoffs[1]!.trigger).toBe("");
  });

  it("follows the label until an answer is touched", () => {
    const draft = emptyDraft();
    const [first] = draft.handoffs;
    expect(first!.touched).toEqual([]);
    const removed = removeParticipant(draft, draft.participants[1]!.key);
    expect(removed.handoffs[0]!.to).toBe("");
  });

  it("re-derives the untouched answers from a chosen intent, and never overwrites a set one", () => {
    const draft = emptyDraft();
    const h = { ...draft.handoffs[0]!, label: "Email customer" };
    expect(withDefaults(draft, h).answers.wait).toBe("sender-waits");
    const told = withDefaults(draft, {
      ...h,
      answers: { ...h.answers, intent: "tell" },
      touched: ["intent"],
    });
    expect(told.answers).toMatchObject({ intent: "tell", wait: "no-wait", together: "yes" });
    const waitSet = withDefaults(draft, {
      ...h,
      answers: { ...h.answers, intent: "tell", wait: "user-waits" },
      touched: ["intent", "wait"],
    });
    expect(waitSet.answers.wait).toBe("user-waits");
    // "Not sure" as the intent leaves the label's defaults in place.
    const unsure = withDefaults(draft, {
      ...h,
      answers: { ...h.answers, intent: "unsure" },
      touched: ["intent"],
    });
    expect(unsure.answers.wait).toBe("sender-waits");
  });

  it("reads stored junk as no draft, and a stored draft with bad options leniently", () => {
    expect(sanitiseDraft("nope")).toBeNull();
    expect(sanitiseDraft({ participants: 1 })).toBeNull();
    const read = sanitiseDraft({
      participants: [{ name: "A", kind: "robot" }],
      handoffs: [{ label: "x", answers: { intent: "maybe" } }],
      answers: { platform: "moon" },
    })!;
    expect(read.participants[0]!.kind).toBe("service");
    expect(read.handoffs[0]!.answers.intent).toBe("unsure");
    expect(read.answers.platform).toBe("unsure");
  });

  it("words every per-hand-off question and option the library defines, in its order", () => {
    expect(HANDOFF_QUESTION_WORDS.map((q) => q.id)).toEqual(HANDOFF_QUESTIONS.map((q) => q.id));
    for (const [i, q] of HANDOFF_QUESTIONS.entries())
      expect(HANDOFF_QUESTION_WORDS[i]!.options.map((o) => o.id)).toEqual([...q.options]);
  });
});
