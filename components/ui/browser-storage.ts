import type { StateStorage } from "zustand/middleware";

/**
 * localStorage, or nothing: it can be missing (server), blocked (third-party iframe) or full, and
 * then what a store saves lives for this page only, without an error. Both client stores save
 * through it: the questionnaire's answers and the map editor's draft.
 */
export const browserStorage: StateStorage = {
  getItem: (name) => {
    try {
      return localStorage.getItem(name);
    } catch {
      return null;
    }
  },
  setItem: (name, value) => {
    try {
      localStorage.setItem(name, value);
    } catch {}
  },
  removeItem: (name) => {
    try {
      localStorage.removeItem(name);
    } catch {}
  },
};
