import { describe, expect, it } from "vitest";
import { madrProblems, quoteDepth } from "./madr";

const GOOD = `---
status: proposed
date: 2026-12-06
---

# Use Kafka for order events

## Context and Problem Statement

Which broker?

## Decision Drivers

* Throughput

## Considered Options

* Kafka
* RabbitMQ

## Decision Outcome

Chosen option: "Kafka", because it keeps a replayable log.

### Consequences

* Good, because consumers can replay.
* Bad, because it is one more cluster.

#### Before we commit

* Size the partitions.

### Confirmation

Reviewed by the platform team.

## Pros and Cons of the Options

### Kafka

* Good, because replay

### RabbitMQ

* Neutral, because familiar

## More Information

Nothing more.
`;

describe("the MADR 4 template check", () => {
  it("accepts a record that follows the template", () => {
    expect(madrProblems(GOOD)).toEqual([]);
  });

  it("finds a placeholder, a missing section, a stray section and a chosen option not considered", () => {
    const bad = GOOD.replace(
      "date: 2026-12-06",
      'date: 2026-12-06\ndecision-makers: "{list everyone}"',
    )
      .replace("## Context and Problem Statement\n\nWhich broker?\n\n", "")
      .replace("## More Information", "## Notes")
      .replace('Chosen option: "Kafka"', 'Chosen option: "NATS"');
    expect(madrProblems(bad)).toEqual([
      "front matter: decision-makers is a placeholder",
      "unknown section: Notes",
      "missing section: Context and Problem Statement",
      "chosen option is not a considered option: NATS",
    ]);
  });

  it("finds sections out of order and consequences that are not arguments", () => {
    const swapped = GOOD.replace("## Decision Drivers\n\n* Throughput\n\n", "").replace(
      "## More Information",
      "## Decision Drivers\n\n* Throughput\n\n## More Information",
    );
    expect(madrProblems(swapped)[0]).toMatch(/^sections out of the template's order/);
    expect(madrProblems(GOOD.replace("* Bad, because it is", "* Note: it is"))).toEqual([
      "a consequence is not Good/Neutral/Bad, because: Note: it is one more cluster.",
    ]);
  });

  it("measures nested quotation marks", () => {
    expect(quoteDepth("# T\n\nA “plain” quote.")).toBe(1);
    expect(quoteDepth("# T\n\nThe answer “Near-atomic: “never charge””.")).toBe(2);
    expect(quoteDepth("# T\n\n`“a “b””` in code is not prose.")).toBe(0);
  });
});
