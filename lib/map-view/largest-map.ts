/**
 * The largest map the limits allow (MAP.md §9): 12 participants of every kind, 20 hand-offs with
 * every answer option in turn, long names. The SVG benchmark renders it, and tests use it for the
 * limits of the page and the code.
 */
import type { MapJson } from "../map/types";

const SERVICES = [
  ["web", "Storefront web app", "client", "Web", "Shopping"],
  ["orders", "Order service", "service", "Orders", "Ordering"],
  ["customers", "Customer service", "service", "Customers", "Customers"],
  ["stock", "Inventory service", "service", "Stock", "Fulfilment"],
  ["payments", "Payment service", "service", "Payments", "Payments"],
  ["psp", "Card processor", "external", "", ""],
  ["shipping", "Shipping service", "service", "Logistics", "Fulfilment"],
  ["carrier", "Parcel carrier API", "external", "", ""],
  ["agent", "Support agent", "person", "", ""],
  ["mail", "Notification service", "service", "Messaging", "Notifications"],
  ["search", "Search indexer", "service", "Search", "Discovery"],
  ["ledger", "Ledger", "service", "Payments", "Payments"],
] as const;

const HANDOFFS: readonly [string, string, string, string, Record<string, string>][] = [
  [
    "place",
    "web",
    "orders",
    "Place order",
    { intent: "do", wait: "user-waits", duration: "seconds", current: "call" },
  ],
  [
    "check-customer",
    "orders",
    "customers",
    "Check customer",
    { intent: "ask", wait: "sender-waits", duration: "instant" },
  ],
  [
    "reserve",
    "orders",
    "stock",
    "Reserve stock",
    { intent: "do", wait: "sender-waits", undo: "compensate", duration: "seconds" },
  ],
  [
    "authorize",
    "orders",
    "payments",
    "Authorize payment",
    { intent: "do", wait: "sender-waits", undo: "compensate", duration: "seconds" },
  ],
  [
    "charge",
    "payments",
    "psp",
    "Charge card",
    { intent: "do", wait: "sender-waits", undo: "pivot", duration: "seconds", current: "call" },
  ],
  [
    "post",
    "payments",
    "ledger",
    "Post ledger entry",
    { intent: "do", wait: "sender-waits", undo: "atomic", duration: "instant", together: "yes" },
  ],
  [
    "ship",
    "orders",
    "shipping",
    "Create shipment",
    { intent: "do", wait: "no-wait", undo: "retry", duration: "minutes" },
  ],
  [
    "book",
    "shipping",
    "carrier",
    "Book parcel pickup",
    { intent: "do", wait: "sender-waits", undo: "retry", duration: "hours", current: "message" },
  ],
  [
    "review",
    "orders",
    "agent",
    "Review risky order",
    { intent: "do", wait: "sender-waits", undo: "none", duration: "days-or-person" },
  ],
  [
    "placed-mail",
    "orders",
    "mail",
    "Order placed",
    { intent: "tell", wait: "no-wait", together: "yes", current: "event" },
  ],
  [
    "placed-search",
    "orders",
    "search",
    "Order placed",
    { intent: "tell", wait: "no-wait", together: "yes", current: "event" },
  ],
  [
    "placed-stock",
    "orders",
    "stock",
    "Order placed",
    { intent: "tell", wait: "no-wait", current: "event" },
  ],
  [
    "shipped",
    "shipping",
    "orders",
    "Parcel shipped",
    { intent: "tell", wait: "no-wait", together: "yes", current: "event" },
  ],
  [
    "shipped-mail",
    "shipping",
    "mail",
    "Parcel shipped",
    { intent: "tell", wait: "no-wait", together: "yes", current: "event" },
  ],
  [
    "picked",
    "stock",
    "shipping",
    "Items picked",
    { intent: "tell", wait: "no-wait", undo: "retry", current: "event" },
  ],
  [
    "packed",
    "shipping",
    "stock",
    "Parcel packed",
    { intent: "tell", wait: "no-wait", undo: "retry", current: "event" },
  ],
  [
    "refund",
    "agent",
    "payments",
    "Issue refund",
    { intent: "do", wait: "user-waits", undo: "none", duration: "seconds", current: "call" },
  ],
  [
    "refunded",
    "payments",
    "mail",
    "Refund issued",
    { intent: "tell", wait: "no-wait", together: "yes" },
  ],
  [
    "lookup",
    "mail",
    "customers",
    "Get contact details",
    { intent: "ask", wait: "sender-waits", duration: "instant", current: "call" },
  ],
  [
    "status",
    "web",
    "orders",
    "Get order status",
    { intent: "ask", wait: "user-waits", duration: "instant", current: "call" },
  ],
];

/**
 * The largest allowed map as Map JSON (12 participants, 20 hand-offs).
 *
 * @example
 * largestMap().handoffs.length // → 20
 */
export function largestMap(name = "Storefront order to delivery, end to end"): MapJson {
  return {
    map: 1,
    name,
    participants: SERVICES.map(([id, pname, kind, team, domain]) => ({
      id,
      name: pname,
      kind,
      ...(team ? { team } : {}),
      ...(domain ? { domain } : {}),
    })),
    handoffs: HANDOFFS.map(([id, from, to, label, answers]) => ({
      id,
      from,
      to,
      label,
      answers: answers as NonNullable<MapJson["handoffs"][number]["answers"]>,
    })),
    answers: {
      platform: "kubernetes",
      messaging: "kafka",
      "workflow-engine": "can-self-host",
      volume: "1-100",
    },
  };
}
