import { NO_STORE } from "../http/cache-control";
import { escapeHtml } from "./escape";

/**
 * A minimal, script-free HTML page for the no-JavaScript form routes (`/advisor/submit`,
 * `/map/import`): `noindex`, never cached, the title escaped and shown as the `h1` too.
 * `bodyHtml` goes inside `<main>` after the heading as it is, so every value in it must already be
 * escaped (escapeHtml) by the caller.
 *
 * @example
 * plainPage("The answers can't be read", "<p>…</p>", 400).status // → 400
 */
export function plainPage(title: string, bodyHtml: string, status: number): Response {
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)} · Baton</title></head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${bodyHtml}
</main>
</body>
</html>
`;
  return new Response(html, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": NO_STORE },
  });
}
