import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { CURRENT_MODEL, QUESTIONS, questionIn } from "@/lib/scoring";
import { formatPoints } from "@/lib/result/format";
import { FlowDiagram, wrapLabel } from "./flow-diagram";
import { GateTable } from "./gate-table";
import { HybridPatternTable } from "./hybrid-pattern-table";
import { ModelTable } from "./model-table";
import { QuestionScoring } from "./question-scoring";
import { RealCaseTable } from "./real-case-table";
import { Thresholds } from "./thresholds";
import { Table } from "./table";
import { Tradeoff } from "./tradeoff";

// GateTable reads article titles through lib/content, which is server-only in the app.
vi.mock("server-only", () => ({}));

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .replace(/ ([,:])/g, "$1");

describe("QuestionScoring", () => {
  it("shows the live model's options, points and weighted points", () => {
    const q = questionIn(CURRENT_MODEL, "consistency")!;
    const html = text(renderToStaticMarkup(<QuestionScoring id="consistency" />));
    expect(html).toContain(q.text);
    expect(html).toContain(`weight ${q.weight.toFixed(1)}`);
    for (const o of q.options) {
      expect(html).toContain(
        `${o.label} ${o.id} ${formatPoints(o.points)} ${formatPoints(o.points * q.weight)}`,
      );
    }
    expect(html).toContain("Not sure unsure 0 0");
  });

  it("says a context question is never scored and shows no points", () => {
    const html = text(renderToStaticMarkup(<QuestionScoring id="platform" />));
    expect(html).toContain("never scored");
    expect(html).not.toContain("Points");
  });

  it("refuses an id the model doesn't have", () => {
    expect(() => renderToStaticMarkup(<QuestionScoring id="team-size" />)).toThrow(
      /<QuestionScoring> has bad props: id: is not a question id/,
    );
  });
});

describe("FlowDiagram", () => {
  it("draws one box per step plus the coordinator, with a text alternative", () => {
    const html = renderToStaticMarkup(
      <FlowDiagram
        kind="orchestration"
        steps={["Order", "Payment", "Shipping"]}
        coordinator="Saga"
        caption="c"
      />,
    );
    expect(html.match(/<rect /g)).toHaveLength(4);
    expect(html).toContain('role="img"');
    expect(html).toContain("Saga sends a command to Order, then Payment, then Shipping");
    expect(html).toContain("<figcaption>c</figcaption>");
  });

  it("draws a choreography around a broker, each step reacting to the previous one's event", () => {
    const html = renderToStaticMarkup(<FlowDiagram kind="choreography" steps={["A", "B"]} />);
    expect(html).toContain("Event broker");
    expect(html).toContain("A publishes an event to the Event broker; B reacts to it");
    expect(html).not.toContain("figcaption");
  });

  it("refuses an unknown kind and a single step", () => {
    expect(() => renderToStaticMarkup(<FlowDiagram kind="saga" steps={["A", "B"]} />)).toThrow(
      /kind/,
    );
    expect(() => renderToStaticMarkup(<FlowDiagram kind="choreography" steps={["A"]} />)).toThrow(
      /steps/,
    );
  });

  it("wraps labels at spaces within the line length, keeping every word", () => {
    const lines = wrapLabel("Loan workflow (durable engine)", 18);
    expect(lines.every((l) => l.length <= 18)).toBe(true);
    expect(lines.join(" ")).toBe("Loan workflow (durable engine)");
    expect(wrapLabel("Supercalifragilistic", 10).every((l) => l.length <= 10)).toBe(true);
  });
});

describe("the model tables", () => {
  it("ModelTable lists every question and every option of the model", () => {
    const html = renderToStaticMarkup(<ModelTable />);
    for (const q of QUESTIONS) {
      expect(html).toContain(q.text.replace(/'/g, "&#x27;"));
      for (const o of q.options) expect(html).toContain(`>${o.id}<`);
    }
    expect(text(html)).toContain("Total weight of the 17 scored questions: 18.0");
  });

  it("GateTable and HybridPatternTable list every gate and pattern", () => {
    const gates = renderToStaticMarkup(<GateTable />);
    for (const g of CURRENT_MODEL.gates) expect(gates).toContain(`>${g.id}<`);
    expect(gates).toContain('<a href="/guides/sagas-and-compensation">Sagas and compensation</a>');
    const patterns = renderToStaticMarkup(<HybridPatternTable />);
    for (const p of CURRENT_MODEL.hybridPatterns) expect(patterns).toContain(`>${p.id}<`);
    // The first GateTable render loads and parses every article (MDX tree) for the link titles.
  }, 30_000);

  it("Thresholds finds the strong-signal answers by asking the model", () => {
    const html = text(renderToStaticMarkup(<Thresholds />));
    expect(html).toContain("control-flow: branches-and-joins (+2), dynamic (+3)");
    expect(html).toContain("teams: seven-plus (−2)");
    expect(html).not.toContain("four-six");
  });
});

describe("Tradeoff", () => {
  it("labels each cell with its column for the stacked small-screen layout", () => {
    const html = renderToStaticMarkup(
      <Tradeoff
        left="Event"
        right="Command"
        rows={[["Who decides", "Each consumer", "The sender"]]}
      />,
    );
    expect(html).toContain(
      '<th scope="row">Who decides</th><td data-label="Event">Each consumer</td>',
    );
    expect(() => renderToStaticMarkup(<Tradeoff left="A" right="B" rows={[["x", "y"]]} />)).toThrow(
      /rows\.0/,
    );
  });
});

describe("Table", () => {
  it("labels each body cell with its column header, for the stacked small-screen layout", () => {
    const html = renderToStaticMarkup(
      <Table>
        <thead>
          <tr>
            <th>Where it runs</th>
            <th>
              <strong>Orchestration</strong> (a component)
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>On Kubernetes</td>
            <td>Camunda</td>
          </tr>
        </tbody>
      </Table>,
    );
    expect(html).toContain('<td data-label="Where it runs">On Kubernetes</td>');
    expect(html).toContain('<td data-label="Orchestration (a component)">Camunda</td>');
  });
});

describe("RealCaseTable", () => {
  it("renders one row per published case with the model's verdict and a sentence on disagreements", () => {
    const html = renderToStaticMarkup(<RealCaseTable />);
    const rows = html.match(/<tr data-agrees=/g) ?? [];
    expect(rows.length).toBeGreaterThanOrEqual(6);
    expect(text(html)).toMatch(/verdict agrees in \d+ of \d+/);
    expect(text(html)).toMatch(
      /Model \d+ (agrees with the expert verdict on every|disagrees with the expert verdict on)/,
    );
    expect(html).toContain('href="https://careers.doordash.com/blog/');
  });

  it("shows the model before the current one in a column of its own, with its agreement count", () => {
    const html = renderToStaticMarkup(<RealCaseTable />);
    expect(text(html)).toMatch(/; model \d+, beside it, in \d+ of \d+/);
    const cells = html.match(/data-previous-model=""/g) ?? [];
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.length).toBe((html.match(/<tr data-agrees=/g) ?? []).length);
  });
});
