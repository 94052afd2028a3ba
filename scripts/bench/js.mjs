// Initial JavaScript, gzip, as the page's script tags load it.
import { kib, measureInitialJs } from "../lib/routes.mjs";
import { notBuilt, row, verdict } from "./table.mjs";

/** One row per page: its initial JavaScript against its budget. `pages` carry `url` and `budgetBytes`. */
export async function benchJs(origin, pages) {
  const rows = [];
  for (const page of pages) {
    const m = await measureInitialJs(origin, page.url);
    if (m.status !== 200) {
      rows.push(
        row("initial JS (gzip)", page.url, notBuilt(m.status), `≤ ${kib(page.budgetBytes)}`, "—"),
      );
      continue;
    }
    rows.push(
      row(
        "initial JS (gzip)",
        page.url,
        `${kib(m.gzipBytes)} in ${m.scripts.length} scripts`,
        `≤ ${kib(page.budgetBytes)}`,
        verdict(m.gzipBytes <= page.budgetBytes),
      ),
    );
  }
  return rows;
}
