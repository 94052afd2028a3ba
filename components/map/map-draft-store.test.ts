import { describe, expect, it } from "vitest";
import { createJSONStorage, type StateStorage } from "zustand/middleware";
import { importMermaid } from "@/lib/map/import";
import { importedDraft } from "@/lib/map/import/form";
import { emptyDraft, removeHandoff, type MapDraft } from "@/lib/map-view/draft";
import { markList, marksOfImport, type ImportMarks } from "@/lib/map-view/import-marks";
import {
  createMapDraftStore,
  MAP_DRAFT_STORAGE_KEY,
  MAP_DRAFT_VERSION,
  migrateDraft,
} from "./map-draft-store";

type Saved = { draft: MapDraft; marks: ImportMarks };

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  const raw: StateStorage = {
    getItem: (name) => items.get(name) ?? null,
    setItem: (name, value) => void items.set(name, value),
    removeItem: (name) => void items.delete(name),
  };
  return { items, storage: createJSONStorage<Saved>(() => raw) };
}

function imported() {
  const result = importMermaid("sequenceDiagram\nA->>B: Reserve stock\nA-)C: Order placed");
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  const draft = importedDraft(result);
  return { draft, marks: marksOfImport(draft, result.imported) };
}

describe("the map draft store", () => {
  it("saves the draft and its marks under version 2", () => {
    const { items, storage } = memoryStorage();
    const { draft, marks } = imported();
    const store = createMapDraftStore(emptyDraft(), "new", {}, storage);
    store.getState().load(draft, marks);
    const saved = JSON.parse(items.get(MAP_DRAFT_STORAGE_KEY)!);
    expect(saved.version).toBe(2);
    expect(MAP_DRAFT_VERSION).toBe(2);
    expect(saved.state.marks).toEqual(marks);
    expect(Object.keys(marks)).toHaveLength(2);
  });

  it("ends a mark when an edit changes its answer or removes its row, and on Confirm", () => {
    const { draft, marks } = imported();
    const store = createMapDraftStore(draft, "form", marks, memoryStorage().storage);
    const [first, second] = draft.handoffs;
    const count = markList(marks, draft).length;
    store.getState().update((d) => ({ ...d, name: "Renamed" }));
    expect(markList(store.getState().marks, store.getState().draft)).toHaveLength(count);
    store.getState().update((d) => ({
      ...d,
      handoffs: d.handoffs.map((h) =>
        h.key === first!.key ? { ...h, answers: { ...h.answers, current: "workflow" } } : h,
      ),
    }));
    expect(store.getState().marks[first!.key]).toBeUndefined();
    for (const question of Object.keys(marks[second!.key]!))
      store.getState().confirm(second!.key, question as "current");
    expect(store.getState().marks).toEqual({});

    const again = createMapDraftStore(draft, "form", marks, memoryStorage().storage);
    again.getState().update((d) => removeHandoff(d, second!.key));
    expect(Object.keys(again.getState().marks)).toEqual([first!.key]);
    again.getState().clear();
    expect(again.getState().marks).toEqual({});
  });

  it("migrates a version 1 draft: the draft kept, with no marks", async () => {
    const { draft } = imported();
    expect(migrateDraft({ draft }, 1)).toEqual({ draft, marks: {} });
    const { storage } = memoryStorage({
      [MAP_DRAFT_STORAGE_KEY]: JSON.stringify({ state: { draft }, version: 1 }),
    });
    const store = createMapDraftStore(emptyDraft(), "new", {}, storage);
    await store.getState().restore();
    expect(store.getState()).toMatchObject({ draft, marks: {}, origin: "saved" });
  });

  it("restores saved marks, dropping those that don't hold for the saved draft", async () => {
    const { draft, marks } = imported();
    const [first, second] = draft.handoffs;
    const stale = { ...marks, [first!.key]: { current: "workflow" }, h99: { current: "call" } };
    const { storage } = memoryStorage({
      [MAP_DRAFT_STORAGE_KEY]: JSON.stringify({ state: { draft, marks: stale }, version: 2 }),
    });
    const store = createMapDraftStore(emptyDraft(), "new", {}, storage);
    await store.getState().restore();
    expect(store.getState().marks).toEqual({ [second!.key]: marks[second!.key] });
  });

  it("reads junk in storage as an empty draft without marks", () => {
    expect(migrateDraft("junk", 2).marks).toEqual({});
    expect(migrateDraft({ draft: 3, marks: { h1: { current: "call" } } }, 2)).toEqual({
      draft: emptyDraft(),
      marks: {},
    });
  });
});
