import { describe, expect, it } from "vitest";
import { ANSWERS_STORAGE_KEY } from "./answers-store";
import { differsFromCode, readSavedAnswers } from "./code-conflict";

const code = { answers: { teams: "one", duration: "unsure" } as never, flow: "Checkout" };

function storageWith(value: string | null): Pick<Storage, "getItem"> {
  return { getItem: (key) => (key === ANSWERS_STORAGE_KEY ? value : null) };
}

describe("differsFromCode", () => {
  it("is false when this browser holds nothing to lose", () => {
    expect(differsFromCode({ answers: {}, flow: "" }, code)).toBe(false);
    expect(differsFromCode({ answers: { teams: "unsure" } as never, flow: " " }, code)).toBe(false);
  });

  it("is false when the saved answers are the code's, unanswered counting as Not sure", () => {
    expect(differsFromCode({ answers: { teams: "one" } as never, flow: "Checkout" }, code)).toBe(
      false,
    );
  });

  it("is true when an answer or the flow name differs", () => {
    expect(
      differsFromCode({ answers: { teams: "two-three" } as never, flow: "Checkout" }, code),
    ).toBe(true);
    expect(differsFromCode({ answers: { teams: "one" } as never, flow: "Refunds" }, code)).toBe(
      true,
    );
  });
});

describe("readSavedAnswers", () => {
  it("reads the persist envelope and drops invalid answers", () => {
    const raw = JSON.stringify({
      state: { answers: { teams: "one", nonsense: "x", duration: "forever" }, flow: "Pay" },
      version: 1,
    });
    expect(readSavedAnswers(storageWith(raw))).toEqual({ answers: { teams: "one" }, flow: "Pay" });
  });

  it("gives undefined for nothing saved, broken JSON or a throwing storage", () => {
    expect(readSavedAnswers(storageWith(null))).toBeUndefined();
    expect(readSavedAnswers(storageWith("{oops"))).toBeUndefined();
    expect(
      readSavedAnswers({
        getItem: () => {
          throw new Error("blocked");
        },
      }),
    ).toBeUndefined();
  });
});
