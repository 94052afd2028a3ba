import { describe, expect, it, vi } from "vitest";
import { createJSONStorage, type StateStorage } from "zustand/middleware";
import {
  ANSWERS_STORAGE_KEY,
  ANSWERS_STORE_VERSION,
  answersStorage,
  createAnswersStore,
  migrateAnswers,
  stepValues,
  type SavedAnswers,
} from "./answers-store";

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  const raw: StateStorage = {
    getItem: (name) => items.get(name) ?? null,
    setItem: (name, value) => void items.set(name, value),
    removeItem: (name) => void items.delete(name),
  };
  return { items, storage: createJSONStorage<SavedAnswers>(() => raw) };
}

const TAB = () => "tab-a";

describe("createAnswersStore", () => {
  it("saves the answers and the flow name only, with the store version", () => {
    const { items, storage } = memoryStorage();
    const store = createAnswersStore(undefined, storage, TAB);
    store.getState().answer("teams", "one");
    store.getState().setFlow("Checkout");
    expect(JSON.parse(items.get(ANSWERS_STORAGE_KEY)!)).toEqual({
      state: { answers: { teams: "one" }, flow: "Checkout", tab: "tab-a" },
      version: ANSWERS_STORE_VERSION,
    });
  });

  it("restores saved answers only when asked, and marks them as saved by this tab", async () => {
    const { storage } = memoryStorage({
      [ANSWERS_STORAGE_KEY]: JSON.stringify({
        state: { answers: { teams: "one" }, flow: "Checkout", tab: "tab-a" },
        version: ANSWERS_STORE_VERSION,
      }),
    });
    const store = createAnswersStore(undefined, storage, TAB);
    expect(store.getState().answers).toEqual({});
    await store.getState().restore();
    expect(store.getState()).toMatchObject({
      answers: { teams: "one" },
      flow: "Checkout",
      origin: "saved",
    });
  });

  it("drops invalid saved answers instead of trusting storage", async () => {
    const { storage } = memoryStorage({
      [ANSWERS_STORAGE_KEY]: JSON.stringify({
        state: { answers: { teams: "nine", latency: "batch", hack: "x" }, flow: 42 },
        version: ANSWERS_STORE_VERSION,
      }),
    });
    const store = createAnswersStore(undefined, storage, TAB);
    await store.getState().restore();
    expect(store.getState().answers).toEqual({ latency: "batch" });
    expect(store.getState().flow).toBe("");
  });

  it("survives storage that isn't JSON", async () => {
    const { storage } = memoryStorage({ [ANSWERS_STORAGE_KEY]: "{not json" });
    const store = createAnswersStore({ answers: { teams: "one" }, flow: "" }, storage, TAB);
    await store.getState().restore();
    expect(store.getState().answers).toEqual({ teams: "one" });
  });

  it("migrates a state saved by another version, keeping what is still valid", async () => {
    const { items, storage } = memoryStorage({
      [ANSWERS_STORAGE_KEY]: JSON.stringify({
        state: { answers: { teams: "two-three", gone: "x" }, flow: " Claims \u0000" },
        version: 0,
      }),
    });
    const store = createAnswersStore(undefined, storage, TAB);
    await store.getState().restore();
    expect(store.getState()).toMatchObject({ answers: { teams: "two-three" }, flow: "Claims" });
    expect(JSON.parse(items.get(ANSWERS_STORAGE_KEY)!).version).toBe(ANSWERS_STORE_VERSION);
  });

  it("load replaces everything and saves it; clear forgets everything and saves that", () => {
    const { items, storage } = memoryStorage();
    const store = createAnswersStore({ answers: { teams: "one" }, flow: "A" }, storage, TAB);
    expect(items.has(ANSWERS_STORAGE_KEY)).toBe(false);
    store.getState().load({ answers: { latency: "batch" }, flow: "B" });
    expect(store.getState()).toMatchObject({
      answers: { latency: "batch" },
      flow: "B",
      origin: "code",
    });
    expect(JSON.parse(items.get(ANSWERS_STORAGE_KEY)!).state).toEqual({
      answers: { latency: "batch" },
      flow: "B",
      tab: "tab-a",
    });
    store.getState().clear();
    expect(store.getState()).toMatchObject({ answers: {}, flow: "", origin: "new" });
    expect(JSON.parse(items.get(ANSWERS_STORAGE_KEY)!).state).toEqual({
      answers: {},
      flow: "",
      tab: "tab-a",
    });
  });

  it("never calls answers another tab saved this tab's own: they restore as from elsewhere", async () => {
    for (const state of [
      { answers: { teams: "one" }, flow: "Checkout", tab: "tab-b" },
      { answers: { teams: "one" }, flow: "Checkout" }, // version 1: no tab
    ]) {
      const { storage } = memoryStorage({
        [ANSWERS_STORAGE_KEY]: JSON.stringify({ state, version: 1 }),
      });
      const store = createAnswersStore(undefined, storage, TAB);
      await store.getState().restore();
      expect(store.getState()).toMatchObject({ flow: "Checkout", origin: "elsewhere" });
    }
  });

  it("keeps no copy of the answers beside them: the state is answers, flow, origin and actions", () => {
    const store = createAnswersStore(undefined, memoryStorage().storage, TAB);
    const data = Object.entries(store.getState())
      .filter(([, v]) => typeof v !== "function")
      .map(([k]) => k)
      .sort();
    expect(data).toEqual(["answers", "flow", "origin"]);
  });
});

describe("stepValues", () => {
  it("gives every question of the step, null where unanswered", () => {
    expect(stepValues(["teams", "latency"], { teams: "one", duration: "hours" })).toEqual({
      teams: "one",
      latency: null,
    });
  });
});

describe("migrateAnswers", () => {
  it("reads anything without throwing", () => {
    for (const raw of [null, undefined, 1, "x", [], { answers: "x" }]) {
      expect(migrateAnswers(raw, 0)).toEqual({ answers: {}, flow: "" });
    }
  });
});

describe("answersStorage", () => {
  it("saves in this tab's sessionStorage and the shared localStorage, and reads this tab's first", () => {
    const session = new Map<string, string>();
    const local = new Map<string, string>();
    const fake = (items: Map<string, string>) => ({
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      removeItem: (k: string) => void items.delete(k),
    });
    vi.stubGlobal("sessionStorage", fake(session));
    vi.stubGlobal("localStorage", fake(local));
    try {
      void answersStorage.setItem("k", "mine");
      expect([session.get("k"), local.get("k")]).toEqual(["mine", "mine"]);
      local.set("k", "another tab's");
      expect(answersStorage.getItem("k")).toBe("mine");
      session.clear();
      expect(answersStorage.getItem("k")).toBe("another tab's");
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
