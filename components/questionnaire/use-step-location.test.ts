import { describe, expect, it } from "vitest";
import { lostStepHash, replaceUrlKeepingRouterState } from "./use-step-location";

describe("lostStepHash", () => {
  it("gives back a step fragment that the router's write-back removed", () => {
    expect(lostStepHash({ where: "/advisor", hash: "#topology" }, "/advisor", "")).toBe(
      "#topology",
    );
    expect(lostStepHash({ where: "/embed?x=1", hash: "#review" }, "/embed?x=1", "")).toBe(
      "#review",
    );
  });

  it("leaves the URL alone when nothing was lost, the fragment is no step, or the page differs", () => {
    expect(lostStepHash(undefined, "/advisor", "")).toBeUndefined();
    expect(lostStepHash({ where: "/advisor", hash: "" }, "/advisor", "")).toBeUndefined();
    expect(
      lostStepHash({ where: "/advisor", hash: "#topology" }, "/advisor", "#topology"),
    ).toBeUndefined();
    expect(
      lostStepHash({ where: "/advisor", hash: "#topology" }, "/advisor", "#context"),
    ).toBeUndefined();
    expect(lostStepHash({ where: "/advisor", hash: "#q-teams" }, "/advisor", "")).toBeUndefined();
    expect(lostStepHash({ where: "/embed", hash: "#topology" }, "/advisor", "")).toBeUndefined();
  });
});

describe("replaceUrlKeepingRouterState", () => {
  it("writes the new URL with the entry's own state, so Next's router state survives", () => {
    const routerState = { __NA: true, __PRIVATE_NEXTJS_INTERNALS_TREE: { tree: ["", {}] } };
    const calls: [unknown, string, string | URL | null | undefined][] = [];
    const history = {
      state: routerState,
      replaceState(data: unknown, unused: string, url?: string | URL | null) {
        calls.push([data, unused, url]);
      },
    };
    replaceUrlKeepingRouterState("/advisor#topology", history);
    expect(calls).toEqual([[routerState, "", "/advisor#topology"]]);
    expect(calls[0]![0]).toBe(routerState);
  });
});
