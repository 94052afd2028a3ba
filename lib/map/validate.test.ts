import { describe, expect, it } from "vitest";
import { mapResult } from "./result";
import { formatMapError, validateMap } from "./validate";
import type { MapJson } from "./types";

const base = (): MapJson => ({
  map: 1,
  name: "Create order",
  participants: [
    { id: "app", name: "App", kind: "client" },
    { id: "order", name: "Order service", team: "Orders", domain: "Ordering" },
    { id: "kitchen", name: "Kitchen service" },
  ],
  handoffs: [
    { id: "place", from: "app", to: "order", label: "Create order", answers: { intent: "do" } },
    { id: "ticket", from: "order", to: "kitchen", label: "Create ticket", trigger: "place" },
  ],
});

const errorsOf = (input: unknown) => {
  const v = validateMap(input);
  return v.ok ? [] : v.errors.map(formatMapError);
};

describe("validateMap (MAP.md §3, §9, §12)", () => {
  it("accepts a map and normalises it: model, kinds, answers in question order, unsure dropped", () => {
    const input = base();
    input.handoffs[0]!.answers = { current: "call", intent: "do", wait: "unsure" };
    const v = validateMap(input);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.map.participants.map((p) => p.kind)).toEqual(["client", "service", "service"]);
    expect(Object.keys(v.map.handoffs[0]!.answers!)).toEqual(["intent", "current"]);
    expect(validateMap({ ...base(), map: undefined }).ok).toBe(true);
  });

  it("names the field in the messages MAP.md §12 gives", () => {
    const m = base();
    m.handoffs[1]!.answers = { wait: "maybe" as never };
    expect(errorsOf(m)).toEqual([
      'handoffs[1].answers.wait: "maybe" is not an option; expected one of user-waits, sender-waits, no-wait, unsure',
    ]);
    const from = base();
    from.handoffs[1]!.from = "ordr";
    expect(errorsOf(from)).toEqual(['handoffs[1].from: "ordr" is not a participant id']);
    const trigger = base();
    trigger.handoffs[0]!.trigger = "h9";
    expect(errorsOf(trigger)).toEqual(['handoffs[0].trigger: "h9" is not an earlier hand-off id']);
    const later = base();
    later.handoffs[0]!.trigger = "ticket";
    expect(errorsOf(later)).toEqual([
      'handoffs[0].trigger: "ticket" is not an earlier hand-off id',
    ]);
    const twice = base();
    twice.participants[2]!.id = "order";
    expect(errorsOf(twice)[0]).toBe('participants[2].id: "order" is used twice');
    const handoffTwice = base();
    handoffTwice.handoffs[1]!.id = "app";
    expect(errorsOf(handoffTwice)).toEqual(['handoffs[1].id: "app" is used twice']);
    const self = base();
    self.handoffs[0]!.to = "app";
    expect(errorsOf(self)).toEqual(["handoffs[0].to: a hand-off joins two different participants"]);
    expect(errorsOf({ ...base(), answers: { visibility: "all" } })[0]).toMatch(
      /^answers\.visibility: "all" is not an option; expected one of nobody, engineers/,
    );
    expect(errorsOf({ ...base(), map: 2 })).toEqual(["map: 2 is not a map model; expected 1"]);
  });

  it("refuses unknown keys at every level", () => {
    expect(errorsOf({ ...base(), extra: 1 })[0]).toMatch(/^extra: unknown field/);
    const p = base();
    (p.participants[0] as unknown as Record<string, unknown>).colour = "red";
    expect(errorsOf(p)[0]).toMatch(/^participants\[0\]\.colour: unknown field/);
    const h = base();
    (h.handoffs[0]!.answers as Record<string, string>).mood = "calm";
    expect(errorsOf(h)[0]).toMatch(/^handoffs\[0\]\.answers\.mood: unknown question/);
  });

  it("answers a Map Result sent back as a map with one error that says what it is", () => {
    const valid = validateMap(base());
    if (!valid.ok) throw new Error("base map invalid");
    const exported = JSON.parse(JSON.stringify(mapResult(valid.map))) as unknown;
    const errors = errorsOf(exported);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^this is a Map Result .*--map-code/);
    // A map that only happens to carry a name like a result's field is still checked field by field.
    expect(errorsOf({ ...base(), code: "m1.x" })[0]).toMatch(/^code: unknown field/);
  });

  it("refuses maps beyond the limits with MAP.md §9's messages", () => {
    const many = base();
    many.participants = Array.from({ length: 13 }, (_, i) => ({ id: `p${i}`, name: `P${i}` }));
    many.handoffs = [{ id: "h", from: "p0", to: "p1", label: "Go" }];
    expect(errorsOf(many)).toEqual(["participants: 13 participants; a map holds at most 12"]);
    const handoffs = base();
    handoffs.handoffs = Array.from({ length: 21 }, (_, i) => ({
      id: `h${i}`,
      from: "app",
      to: "order",
      label: "Go",
    }));
    expect(errorsOf(handoffs)).toEqual(["handoffs: 21 hand-offs; a map holds at most 20"]);
    const text = base();
    text.participants = Array.from({ length: 12 }, (_, i) => ({
      id: `p${i}`,
      name: `${"N".repeat(30)}${i.toString().padStart(2, "0")}`,
      team: `${"T".repeat(22)}${i.toString().padStart(2, "0")}`,
      domain: `${"D".repeat(22)}${i.toString().padStart(2, "0")}`,
    }));
    text.handoffs = [{ id: "h", from: "p0", to: "p1", label: "Go" }];
    expect(errorsOf(text)).toEqual([
      "map text is 1,001 bytes; a map holds at most 1,000: shorten ids, names, teams, domains or labels",
    ]);
    expect(errorsOf({ ...base(), participants: [] })[0]).toBe(
      "participants: 0 participants; a map needs at least 2",
    );
    expect(errorsOf({ ...base(), handoffs: [] })).toEqual([
      "handoffs: 0 hand-offs; a map needs at least 1",
    ]);
  });

  it("refuses bad text: too long, blank, control and direction characters", () => {
    const long = base();
    long.handoffs[0]!.label = "x".repeat(33);
    expect(errorsOf(long)).toEqual(["handoffs[0].label: 33 characters; at most 32"]);
    const blank = base();
    blank.participants[0]!.name = "  ";
    expect(errorsOf(blank)).toEqual(["participants[0].name: must be text of 1 to 32 characters"]);
    for (const bad of ["a\nb", "a\u202Eb", "a\u0000b"]) {
      const m = base();
      m.handoffs[0]!.label = bad;
      expect(errorsOf(m)).toEqual([
        "handoffs[0].label: contains a line break, control or direction character",
      ]);
    }
    expect(
      errorsOf({
        ...base(),
        participants: [
          { id: "Bad Id", name: "x" },
          { id: "b", name: "y" },
        ],
      })[0],
    ).toMatch(/^participants\[0\]\.id: "Bad Id" is not an id/);
  });

  it("answers any JSON value with errors instead of throwing", () => {
    for (const input of [
      null,
      1,
      "x",
      [],
      { participants: "x", handoffs: {} },
      { participants: [null, 1] },
    ]) {
      const v = validateMap(input);
      expect(v.ok).toBe(false);
    }
  });
});
