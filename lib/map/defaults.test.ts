import { describe, expect, it } from "vitest";
import { formDefaults } from "./defaults";

describe("the form's defaults (MAP.md §4.1)", () => {
  it("reads the label: past tense tells, get/fetch/find/check/list asks, anything else does", () => {
    expect(formDefaults("Order placed", "service")).toEqual({
      intent: "tell",
      wait: "no-wait",
      undo: "none",
      duration: "seconds",
      together: "yes",
      current: "not-decided",
    });
    expect(formDefaults("Payment sent", "service").intent).toBe("tell");
    expect(formDefaults("Get price", "service")).toMatchObject({
      intent: "ask",
      wait: "user-waits",
      duration: "instant",
      together: "no",
    });
    expect(formDefaults("check stock", "service").intent).toBe("ask");
    expect(formDefaults("Create order", "service")).toMatchObject({
      intent: "do",
      wait: "sender-waits",
      duration: "seconds",
    });
    expect(formDefaults("Need approval", "service").intent).toBe("do");
  });

  it("preselects 'together' only for a tell from one of your services (new user review 4, N5)", () => {
    expect(formDefaults("Agreement signed", "service", "tell").together).toBe("yes");
    for (const from of ["client", "person", "external"] as const)
      expect(formDefaults("Agreement signed", "service", "tell", from).together, from).toBe("no");
  });

  it("reads 'Send reminder' to a person as telling them, not work asked of them (new-user review 5)", () => {
    expect(formDefaults("Send reminder one day before", "person")).toMatchObject({
      intent: "tell",
      wait: "no-wait",
    });
    expect(formDefaults("Notify owner", "person").intent).toBe("tell");
    expect(formDefaults("Email receipts", "person").intent).toBe("tell");
    // Sending something for the person to act on asks them to act (re-check of review 5).
    expect(formDefaults("Send contract for signature", "person").intent).toBe("do");
    // To a service, "Send" still asks it to do the sending; and a person asked to act still does.
    expect(formDefaults("Send reminder", "service").intent).toBe("do");
    expect(formDefaults("Approve the refund", "person").intent).toBe("do");
  });

  it("waits days or until a person acts when the receiver is a person", () => {
    expect(formDefaults("Approve refund", "person").duration).toBe("days-or-person");
  });

  it("reads the message, not a condition in brackets at the end (issue 22 review 3 M3)", () => {
    // Without the bracket rule "declined" would make both a past-tense fact (tell).
    expect(formDefaults("Charge card [card declined]", "service").intent).toBe("do");
    expect(formDefaults("Get fare [surge priced]", "service").intent).toBe("ask");
    expect(formDefaults("TripRejected [card declined]", "service").intent).toBe("tell");
    // Brackets elsewhere are part of the message.
    expect(formDefaults("Charge [retried] card", "service").intent).toBe("tell");
  });

  it("derives wait, duration and together from a chosen intent, not the label's", () => {
    expect(formDefaults("Email: order confirmation", "service", "tell")).toMatchObject({
      intent: "tell",
      wait: "no-wait",
      together: "yes",
    });
    expect(formDefaults("Order placed", "service", "ask")).toMatchObject({
      wait: "user-waits",
      duration: "instant",
      together: "no",
    });
  });
});
