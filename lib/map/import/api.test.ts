import { describe, expect, it } from "vitest";
import { importForBody } from "../api";

describe("POST /api/v1/map/import", () => {
  it("answers with the import's notes next to the draft", () => {
    const r = importForBody({
      contentType: "application/json",
      body: JSON.stringify({
        format: "mermaid",
        text: "sequenceDiagram\n  actor U as Shopper\n  U->>O: Create order",
      }),
    });
    expect(r.status).toBe(200);
    expect((r.body as { notes: string[] }).notes).toEqual([
      "Line 2: actor “Shopper” is a person (kind person: someone who acts in the flow). Make it a client if it is a UI or entry point, or external if it is another company's system.",
      "Kinds not set by the diagram, so imported as Service (yours): “O”. Check whether each is a service of yours, a client, a person or another company's system.",
    ]);
  });
});
