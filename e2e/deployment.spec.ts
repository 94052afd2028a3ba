// What a platform team's load balancer and orchestrator rely on: the health route, a refusal to
// start on a bad config, and a graceful drain on SIGTERM. Local loopback only, bounded load.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { refusedStart, startOwnServer } from "./own-server";

const DRAIN_PORT = Number(process.env.E2E_DRAIN_PORT ?? 3511);

test("GET /api/health answers 200 with the build id and the model version, uncached", async ({
  request,
}) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  const body = await response.json();
  expect(body.status).toBe("ok");
  expect(body.build).toMatch(/^[\w-]{6,}$/);
  expect(body.model).toBeGreaterThanOrEqual(1);
});

test("without a config, nothing says organisation", async ({ page, request }) => {
  const json = await (await request.get("/api/v1/recommendation?code=1BCh4XOE9d")).text();
  expect(json).not.toContain('"source"');
  await page.goto("/");
  await expect(page.locator("[data-organisation], [data-organisation-footer]")).toHaveCount(0);
  expect((await request.get("/organisation-logo")).status()).toBe(404);
});

test("a bad or missing BATON_CONFIG stops the server with one line naming the field", async () => {
  const dir = mkdtempSync(join(tmpdir(), "baton-e2e-config-"));
  const bad = join(dir, "baton.config.json");
  writeFileSync(
    bad,
    JSON.stringify({ organisation: { name: "Acme" }, exclude: [{ name: "Camunda" }] }),
  );
  const refused = await refusedStart({ BATON_CONFIG: bad }, DRAIN_PORT);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toBe(`serve: BATON_CONFIG: ${bad}: exclude[0].reason: is required\n`);

  const missing = await refusedStart({ BATON_CONFIG: join(dir, "nope.yaml") }, DRAIN_PORT);
  expect(missing.code).toBe(2);
  expect(missing.stderr).toMatch(
    /^serve: BATON_CONFIG: .*nope\.yaml: cannot read the file \(ENOENT[^\n]*\n$/,
  );
});

test("SIGTERM under load: health turns 503, requests in flight finish, none fails, exit 0", async () => {
  test.setTimeout(180_000);
  const DELAY_MS = 3000;
  const server = await startOwnServer(DRAIN_PORT, { BATON_DRAIN_DELAY_MS: String(DELAY_MS) });
  const CLIENTS = 8;
  const MAX_REQUESTS = 600; // bounded: never more than this many requests in all
  // A slow load balancer: it keeps routing until 250 ms before the server stops accepting, so
  // requests are still in flight when it closes its listener.
  const STOP_BEFORE_CLOSE_MS = 250;
  // Share pages with a new flow name each time (uncached renders) and API answers.
  const path = (i: number) =>
    i % 2 === 0
      ? `/r/1BCh4XOE9d?flow=drain-${i}`
      : `/api/v1/recommendation?code=1BCh4XOE9d&flow=drain-${i}`;
  for (const warm of [path(0), path(1)]) await (await fetch(`${server.url}${warm}`)).arrayBuffer();

  let sent = 0;
  let ok = 0;
  const failures: string[] = [];
  let signalledAt = 0;
  let sentAfterSignal = 0;
  let finishedAfterClose = 0;
  let stopSendingAt = Infinity;
  let first503At = 0;

  // The load balancer: polls health like a readiness probe and stops routing soon after a 503.
  const balancer = (async () => {
    while (!first503At) {
      try {
        const r = await fetch(`${server.url}/api/health`);
        await r.arrayBuffer();
        if (r.status === 503) {
          first503At = Date.now();
          stopSendingAt = signalledAt + DELAY_MS - STOP_BEFORE_CLOSE_MS;
        }
      } catch (error) {
        failures.push(`/api/health: ${(error as Error).cause ?? error}`);
        return;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const client = async () => {
    while (sent < MAX_REQUESTS && Date.now() < stopSendingAt) {
      const i = sent++;
      if (signalledAt) sentAfterSignal++;
      try {
        const r = await fetch(`${server.url}${path(i)}`);
        await r.arrayBuffer();
        if (signalledAt && Date.now() > signalledAt + DELAY_MS) finishedAfterClose++;
        if (r.status === 200) ok++;
        else failures.push(`${path(i)}: HTTP ${r.status}`);
      } catch (error) {
        failures.push(`${path(i)}: ${(error as Error).cause ?? error}`);
      }
    }
  };
  const load = Promise.all(Array.from({ length: CLIENTS }, client));
  // Let the load run, then send SIGTERM in the middle of it.
  await new Promise((r) => setTimeout(r, 2000));
  signalledAt = Date.now();
  server.process.kill("SIGTERM");
  await Promise.all([load, balancer]);
  const code = await server.exited;
  const figures = {
    clients: CLIENTS,
    drainDelayMs: DELAY_MS,
    requestsSent: sent,
    answered200: ok,
    sentAfterSigterm: sentAfterSignal,
    finishedAfterClose,
    first503AfterMs: first503At - signalledAt,
    exitedAfterMs: Date.now() - signalledAt,
    exitCode: code,
    failed: failures.length,
  };
  console.log(`drain figures: ${JSON.stringify(figures)}`);
  test.info().annotations.push({ type: "drain", description: JSON.stringify(figures) });
  expect(failures).toEqual([]);
  expect(code).toBe(0);
  expect(first503At).toBeGreaterThan(signalledAt);
  expect(sentAfterSignal).toBeGreaterThan(0);
  expect(ok).toBe(sent);
  expect(server.output()).toMatch(/serve: drained in \d+ ms/);
});
