import { createServer, type Server } from "node:http";
import { expect, test, type Page } from "@playwright/test";
import { QUESTIONS, type Answers } from "@/lib/scoring";
import { encode } from "@/lib/share";
import { baseURL } from "../playwright.config";

// Host pages on other loopback origins: 127.0.0.2 is on BATON_EMBED_ORIGINS (playwright.config.ts),
// 127.0.0.3 is not.
const appPort = Number(new URL(baseURL).port);
const allowedHost = `http://127.0.0.2:${appPort + 1}`;
const refusedHost = `http://127.0.0.3:${appPort + 2}`;
const code = encode({
  "control-flow": "dynamic",
  duration: "days-or-human",
  visibility: "regulated-audit",
  consistency: "multi-step-compensation",
  teams: "one",
  "end-to-end-owner": "yes",
});

let servers: Server[] = [];

/** What a wiki's sandboxed iframe allows: scripts, forms, popups, but no same-origin access. */
const WIKI_SANDBOX = "allow-scripts allow-forms allow-popups";

function hostPage(
  src: string,
  withScript: boolean,
  {
    sandbox,
    waitMs,
    order = "normal",
    copies = 1,
  }: {
    sandbox?: string;
    waitMs?: string;
    order?: "normal" | "late-script" | "late-frame";
    /** How many copies of the host script the page carries (one per pasted snippet). */
    copies?: number;
  } = {},
): string {
  const frame = `<iframe id="baton" src="${src}" title="Baton" width="100%" height="300" style="border:0"${sandbox ? ` sandbox="${sandbox}"` : ""}></iframe>`;
  const script = `<script src="${baseURL}/embed.js"${waitMs ? ` data-baton-wait-ms="${waitMs}"` : ""} async></script>`;
  // late-script: the host script arrives only after the embed has already reported its height
  // (a slow or late-placed script). late-frame: a wiki macro adds the iframe after the script ran.
  const body =
    order === "late-script"
      ? `${frame}<script>
addEventListener("message", function once(e) {
  if (!e.data || e.data.type !== "baton:height") return;
  removeEventListener("message", once);
  document.body.insertAdjacentHTML("beforeend", "<p id=reported>reported</p>");
  var s = document.createElement("script");
  s.src = ${JSON.stringify(`${baseURL}/embed.js`)};
  ${waitMs ? `s.setAttribute("data-baton-wait-ms", ${JSON.stringify(waitMs)});` : ""}
  document.body.appendChild(s);
});
</script>`
      : order === "late-frame"
        ? `${script}<div id="macro"></div><script>
setTimeout(function () { document.getElementById("macro").innerHTML = ${JSON.stringify(frame)}; }, 300);
</script>`
        : `${frame}\n${withScript ? script.repeat(copies) : ""}`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Wiki page</title></head><body>
<h1>Our wiki page</h1>
${body}
</body></html>`;
}

test.beforeAll(async () => {
  const serve = (host: string, port: number) =>
    new Promise<Server>((resolve) => {
      const server = createServer((req, res) => {
        const url = new URL(req.url ?? "/", "http://x");
        const src = url.searchParams.get("src") ?? "/embed";
        res.writeHead(200, {
          "content-type": "text/html; charset=utf-8",
          // ?csp=1: a wiki whose own CSP lets the host script load but not ask Baton anything.
          ...(url.searchParams.get("csp") === "1"
            ? { "content-security-policy": "connect-src 'none'" }
            : {}),
        });
        res.end(
          hostPage(`${baseURL}${src}`, url.searchParams.get("script") !== "0", {
            sandbox: url.searchParams.get("sandbox") === "1" ? WIKI_SANDBOX : undefined,
            waitMs: url.searchParams.get("wait") ?? undefined,
            order: (url.searchParams.get("order") ?? "normal") as "normal",
            copies: Number(url.searchParams.get("copies") ?? "1"),
          }),
        );
      });
      server.listen(port, host, () => resolve(server));
    });
  servers = await Promise.all([serve("127.0.0.2", appPort + 1), serve("127.0.0.3", appPort + 2)]);
});

test.afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
});

async function frameOf(page: Page) {
  const handle = await page.locator("#baton").elementHandle();
  return (await handle!.contentFrame())!;
}

test("an allowed wiki origin shows an embedded result, and the iframe grows to its content", async ({
  page,
}) => {
  await page.goto(
    `${allowedHost}/?src=${encodeURIComponent(`/embed/r/${code}?flow=Loan origination`)}`,
  );
  const frame = page.frameLocator("#baton");
  await expect(frame.locator("[data-verdict]")).toHaveAttribute("data-verdict", "orchestration");
  await expect(frame.getByRole("link", { name: /full result|open/i }).first()).toBeVisible();
  await expect
    .poll(async () => (await page.locator("#baton").boundingBox())?.height ?? 0)
    .toBeGreaterThan(310);
  const inner = await (
    await frameOf(page)
  ).evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const outer = (await page.locator("#baton").boundingBox())!.height;
  expect(Math.abs(outer - inner)).toBeLessThanOrEqual(2);
});

test("a wiki's sandboxed iframe (no allow-same-origin) grows to its content too", async ({
  page,
}) => {
  await page.goto(
    `${allowedHost}/?sandbox=1&src=${encodeURIComponent(`/embed/r/${code}?flow=Loan origination`)}`,
  );
  expect(await page.locator("#baton").getAttribute("sandbox")).toBe(WIKI_SANDBOX);
  const frame = page.frameLocator("#baton");
  await expect(frame.locator("[data-verdict]")).toHaveAttribute("data-verdict", "orchestration");
  // The embed's messages come from the opaque origin "null"; the script trusts the iframe's src.
  expect(await (await frameOf(page)).evaluate(() => window.origin)).toBe("null");
  await expect
    .poll(async () => (await page.locator("#baton").boundingBox())?.height ?? 0)
    .toBeGreaterThan(310);
  const inner = await (
    await frameOf(page)
  ).evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  expect(
    Math.abs((await page.locator("#baton").boundingBox())!.height - inner),
  ).toBeLessThanOrEqual(2);
});

test("the questionnaire can be completed inside an allowed wiki's iframe", async ({ page }) => {
  await page.goto(`${allowedHost}/?src=${encodeURIComponent("/embed")}`);
  const frame = page.frameLocator("#baton");
  await frame.getByLabel(/Flow name/).fill("Embedded flow");
  await frame.getByRole("button", { name: "Start" }).click();
  // The first listed option of every question, step by step.
  const expected: Record<string, string> = {};
  for (let step = 1; step <= 5; step += 1) {
    const ids = await frame
      .locator("section[data-step]:visible fieldset")
      .evaluateAll((sets) => sets.map((s) => s.id.replace(/^q-/, "")));
    expect(ids.length, `step ${step}`).toBeGreaterThan(0);
    for (const id of ids) {
      const option = QUESTIONS.find((q) => q.id === id)!.options[0]!;
      await frame
        .locator(`#q-${id}`)
        .getByRole("radio", { name: option.label, exact: true })
        .check();
      expected[id] = option.id;
    }
    await frame.getByRole("button", { name: /Continue|Review answers/ }).click();
    // The host page shows the new step from its top, not where the last one ended.
    // The questionnaire puts focus on the new step's heading (step-<id>-title).
    const heading = frame.locator("h2[id^='step-'][id$='-title']:focus");
    await expect(heading).toHaveCount(1);
    await expect
      .poll(async () => (await heading.boundingBox())?.y ?? -1, { message: `step ${step + 1}` })
      .toBeGreaterThanOrEqual(0);
    expect((await heading.boundingBox())!.y).toBeLessThan(page.viewportSize()!.height / 2);
  }
  await frame.getByRole("button", { name: "See the result" }).click();
  await expect(frame.locator("[data-verdict]")).toBeVisible();
  const inner = page.frames().find((f) => f.url().includes("/embed/r/"))!;
  expect(new URL(inner.url()).pathname).toBe(`/embed/r/${encode(expected as Answers)}`);
  // The finished questionnaire offers its link to copy, with the field to copy by hand.
  await expect(frame.getByLabel("Link to this result")).toHaveValue(
    `${baseURL}/r/${encode(expected as Answers)}?flow=Embedded%20flow`,
  );
  await expect(frame.getByRole("button", { name: "Copy link" })).toBeVisible();
  expect(Object.keys(expected)).toHaveLength(QUESTIONS.length);
  // The host page itself never navigated.
  expect(new URL(page.url()).origin).toBe(allowedHost);
});

test("the embed's page is transparent, so a tinted wiki shows around the card", async ({
  page,
}) => {
  await page.goto(`${allowedHost}/?src=${encodeURIComponent(`/embed/r/${code}`)}`);
  const frame = page.frameLocator("#baton");
  await expect(frame.locator("[data-verdict]")).toBeVisible();
  const backgrounds = await (
    await frameOf(page)
  ).evaluate(() => [
    getComputedStyle(document.documentElement).backgroundColor,
    getComputedStyle(document.body).backgroundColor,
  ]);
  expect(backgrounds).toEqual(["rgba(0, 0, 0, 0)", "rgba(0, 0, 0, 0)"]);
});

test("without the host script the embed keeps the iframe's own height", async ({ page }) => {
  await page.goto(`${allowedHost}/?script=0&src=${encodeURIComponent(`/embed/r/${code}`)}`);
  await expect(page.frameLocator("#baton").locator("[data-verdict]")).toBeVisible();
  expect((await page.locator("#baton").boundingBox())!.height).toBe(300);
});

test("an origin that is not allowed cannot frame the embed, and the host script links out instead", async ({
  page,
}) => {
  const blocked = page.waitForEvent("console", (m) => /frame-ancestors/.test(m.text()));
  await page.goto(
    `${refusedHost}/?wait=1000&src=${encodeURIComponent(`/embed/r/${code}?flow=Loan`)}`,
  );
  await blocked;
  const frame = await frameOf(page);
  await expect(frame.locator("[data-verdict]")).toHaveCount(0);
  const fallback = page.locator("[data-baton-fallback]");
  await expect(fallback).toContainText("Baton can't be shown inside this page.");
  await expect(fallback.getByRole("link", { name: "Open the result on Baton" })).toHaveAttribute(
    "href",
    `${baseURL}/r/${code}?flow=Loan`,
  );
  await expect(page.locator("#baton")).toBeHidden();
});

test("a page that carries the host script twice shows one fallback per refused frame, not two", async ({
  page,
}) => {
  await page.goto(
    `${refusedHost}/?copies=2&wait=1000&src=${encodeURIComponent(`/embed/r/${code}?flow=Loan`)}`,
  );
  await expect(page.locator("script[src$='/embed.js']")).toHaveCount(2);
  await expect(page.locator("[data-baton-fallback]")).toHaveCount(1);
  await page.waitForTimeout(1500);
  await expect(page.locator("[data-baton-fallback]")).toHaveCount(1);
});

test("a refused origin is told at once which origin the allow-list lacks, with a link to /embed-help", async ({
  page,
}) => {
  // A 10-minute timer: only the allow-list answer can show the message before the test ends.
  await page.goto(
    `${refusedHost}/?wait=600000&src=${encodeURIComponent(`/embed/r/${code}?flow=Loan`)}`,
  );
  const fallback = page.locator("[data-baton-fallback]");
  const reason = fallback.locator("[data-baton-reason]");
  await expect(reason).toContainText(
    `this page's origin is not on Baton's allow-list: ${refusedHost}.`,
  );
  await expect(reason.getByRole("link", { name: "How to add it" })).toHaveAttribute(
    "href",
    `${baseURL}/embed-help`,
  );
  // Readers still get the page itself.
  await expect(fallback.getByRole("link", { name: "Open the result on Baton" })).toHaveAttribute(
    "href",
    `${baseURL}/r/${code}?flow=Loan`,
  );
  await expect(page.locator("#baton")).toBeHidden();
});

test("when the wiki's CSP stops the allow-list question, a frame that never reports is replaced after the wait, naming the likely cause", async ({
  page,
}) => {
  await page.goto(`${refusedHost}/?csp=1&wait=1000&src=${encodeURIComponent(`/embed/r/${code}`)}`);
  const reason = page.locator("[data-baton-fallback] [data-baton-reason]");
  await expect(reason).toContainText(
    `Most often this page's origin (${refusedHost}) is not on Baton's allow-list.`,
  );
  await expect(reason.getByRole("link", { name: "How to add it" })).toHaveAttribute(
    "href",
    `${baseURL}/embed-help`,
  );
  await expect(page.locator("#baton")).toBeHidden();
});

test("the allow-list check answers any page, and says which origins may frame Baton", async ({
  request,
}) => {
  const ask = (origins: string[]) =>
    request.get(
      `/api/embed-origin?${origins.map((o) => `origin=${encodeURIComponent(o)}`).join("&")}`,
    );
  const refused = await ask([refusedHost]);
  expect(refused.headers()["access-control-allow-origin"]).toBe("*");
  expect(await refused.json()).toEqual({
    origins: [{ origin: refusedHost, allowed: false }],
    allowed: false,
    help: `${baseURL}/embed-help`,
  });
  expect((await (await ask([allowedHost, baseURL])).json()).allowed).toBe(true);
  const missing = await request.get("/api/embed-origin");
  expect(missing.status()).toBe(400);
  expect((await missing.json()).error.field).toBe("origin");
});

test("the host script leaves a working embed alone", async ({ page }) => {
  await page.goto(`${allowedHost}/?wait=1000&src=${encodeURIComponent(`/embed/r/${code}`)}`);
  await expect(page.frameLocator("#baton").locator("[data-verdict]")).toBeVisible();
  // Once the frame has reported a height, the script never replaces it.
  await expect
    .poll(async () => (await page.locator("#baton").boundingBox())?.height ?? 0)
    .toBeGreaterThan(310);
  await expect(page.locator("[data-baton-fallback]")).toHaveCount(0);
  await expect(page.locator("#baton")).toBeVisible();
});

test("a host script that starts after the embed's first report asks again, and keeps the embed", async ({
  page,
}) => {
  await page.goto(
    `${allowedHost}/?order=late-script&wait=1000&src=${encodeURIComponent(`/embed/r/${code}`)}`,
  );
  // The embed reported before embed.js existed on the page (and a result card's height stays
  // put), so only a fresh report, asked for with baton:hello, can grow the iframe. That report
  // also marks the frame alive, so the 1 s wait for a refused frame never ends in the fallback.
  await expect
    .poll(async () => (await page.locator("#baton").boundingBox())?.height ?? 0)
    .toBeGreaterThan(310);
  await expect(page.locator("[data-baton-fallback]")).toHaveCount(0);
  await expect(page.locator("#baton")).toBeVisible();
});

test("an iframe a wiki macro adds after the host script ran is watched too", async ({ page }) => {
  const blocked = page.waitForEvent("console", (m) => /frame-ancestors/.test(m.text()));
  await page.goto(
    `${refusedHost}/?order=late-frame&wait=1000&src=${encodeURIComponent(`/embed/r/${code}`)}`,
  );
  await blocked;
  await expect(page.locator("[data-baton-fallback]")).toContainText(
    "Baton can't be shown inside this page.",
  );
  await expect(page.locator("#baton")).toBeHidden();
});

test("/embed-help says a macro's own iframe origin must be allowed too", async ({ page }) => {
  await page.goto("/embed-help");
  await expect(page.locator("#nested-frames")).toContainText(
    "that iframe's origin must be on the allow-list as well",
  );
});

test("non-embed pages refuse framing even from an allowed origin", async ({ page }) => {
  for (const src of ["/", `/r/${code}`, "/advisor", "/guides"]) {
    const blocked = page.waitForEvent("console", (m) => /frame-ancestors/.test(m.text()));
    await page.goto(`${allowedHost}/?script=0&src=${encodeURIComponent(src)}`);
    await blocked;
    const frame = await frameOf(page);
    await expect(frame.locator(".site-header, [data-verdict], #main")).toHaveCount(0);
  }
});

test("oEmbed answers a result URL with valid rich JSON, and refuses other URLs", async ({
  request,
}) => {
  const url = `${baseURL}/r/${code}?flow=${encodeURIComponent("Loan <origination>")}`;
  const res = await request.get(`/api/oembed?url=${encodeURIComponent(url)}&maxwidth=500`);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/json");
  const body = await res.json();
  expect(body).toMatchObject({ version: "1.0", type: "rich", provider_name: "Baton", width: 500 });
  expect(typeof body.height).toBe("number");
  expect(body.title).toContain("Loan <origination>");
  expect(body.html).toMatch(
    /^<iframe src="http:\/\/localhost:\d+\/embed\/r\/[^"]+" title="Baton recommendation"/,
  );
  expect(body.html).not.toContain("<origination>");

  for (const bad of [
    "https://evil.example.com/r/" + code,
    `${baseURL}/guides/tool-map`,
    `${baseURL}/r/garbage`,
  ]) {
    const r = await request.get(`/api/oembed?url=${encodeURIComponent(bad)}`);
    expect(r.status(), bad).toBe(404);
    expect((await r.json()).error.field).toBe("url");
  }
  expect((await request.get("/api/oembed")).status()).toBe(400);
  expect(
    (await request.get(`/api/oembed?url=${encodeURIComponent(url)}&format=xml`)).status(),
  ).toBe(501);
});

test("result pages announce their oEmbed endpoint", async ({ request }) => {
  const html = await (await request.get(`/r/${code}`)).text();
  expect(html).toMatch(
    /<link rel="alternate" type="application\/json\+oembed" href="[^"]*\/api\/oembed\?url=/,
  );
});

test("the embed help page makes a snippet for a result, with per-wiki steps", async ({ page }) => {
  await page.goto(`/embed-help?code=${code}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Embed Baton in your wiki");
  await expect(page.getByLabel("Iframe with auto-height script")).toContainText(`/embed/r/${code}`);
  await expect(page.getByLabel("Iframe with auto-height script")).toContainText("/embed.js");
  for (const wiki of ["Confluence", "Notion", "MediaWiki", "Backstage"]) {
    await expect(page.getByRole("heading", { level: 2, name: wiki })).toBeVisible();
  }
  await page.goto("/embed-help?code=garbage");
  await expect(page.locator("form [role=alert]")).toContainText("can't be used");
  await expect(page.getByLabel("Plain iframe")).toContainText('/embed"');
});
