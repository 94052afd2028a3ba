import { describe, expect, it } from "vitest";
import { scopeTitle, styleHeadline, transportWords } from "./words";

describe("the map pages' words", () => {
  it("heads a direct map that also publishes events as such (MAP.md §6.8)", () => {
    expect(styleHeadline({ style: "direct", pattern: null })).toBe("Direct calls and queues");
    expect(
      styleHeadline({ style: "direct", pattern: null, counts: { kinds: { command: 2 } } }),
    ).toBe("Direct calls and queues");
    expect(
      styleHeadline({
        style: "direct",
        pattern: null,
        counts: { kinds: { command: 2, event: 1 } },
      }),
    ).toBe("Direct commands, with events");
    expect(
      styleHeadline({ style: "choreography", pattern: null, counts: { kinds: { event: 3 } } }),
    ).toBe("Choreography");
  });

  it("adds a delivery to its transport, and names a one-step scope a long-running step", () => {
    expect(transportWords({ transport: "queue", delivery: null })).toBe(
      "Queue (asynchronous command)",
    );
    expect(transportWords({ transport: "broker", delivery: "webhook" })).toBe(
      "Broker (publish/subscribe), then a webhook to their endpoint",
    );
    expect(scopeTitle({ saga: null }, "Billing")).toBe("Long-running step owned by Billing");
  });
});
