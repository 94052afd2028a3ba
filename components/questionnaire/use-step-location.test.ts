import { describe, expect, it } from "vitest";
import { lostStepHash } from "./use-step-location";

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
