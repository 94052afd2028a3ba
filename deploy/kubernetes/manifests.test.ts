/**
 * Docker and Kubernetes can't run here, so this checks what can be checked without them: the
 * manifests parse, the probes hit a route the app really has, every env var set is one the server
 * reads, the generated ConfigMap's config passes the same check as `npm run check-config`, and the
 * Dockerfile keeps the promises the README makes.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, posix } from "node:path";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { loadConfigFile } from "@/lib/organisation/load";

const DIR = "deploy/kubernetes";

interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string };
  spec: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

function parseYaml(file: string): unknown[] {
  return parseAllDocuments(readFileSync(file, "utf8")).map((doc) => {
    expect(doc.errors, file).toEqual([]);
    return doc.toJS();
  });
}

const kustomization = parseYaml(join(DIR, "kustomization.yaml"))[0] as {
  resources: string[];
  configMapGenerator: { name: string; files: string[] }[];
};
const manifests = kustomization.resources.flatMap((file) =>
  parseYaml(join(DIR, file)),
) as Manifest[];
const byKind = (kind: string) => manifests.find((m) => m.kind === kind)!;
const deployment = byKind("Deployment");
const pod = deployment.spec.template.spec;
const container = pod.containers[0];

/** Whether the app answers a path: app/<path>/route.ts or page.tsx, route groups allowed. */
function appHasRoute(path: string): boolean {
  const parts = path.split("/").filter(Boolean);
  const search = (dir: string, rest: string[]): boolean => {
    if (rest.length === 0)
      return ["route.ts", "route.tsx", "page.tsx"].some((f) => existsSync(join(dir, f)));
    const entries = readdirSync(dir).filter((e) => statSync(join(dir, e)).isDirectory());
    if (entries.includes(rest[0]!) && search(join(dir, rest[0]!), rest.slice(1))) return true;
    return entries.some((e) => /^\(.+\)$/.test(e) && search(join(dir, e), rest));
  };
  return search("app", parts);
}

/** Every env var name the server reads: process.env.X in its code, or a name serve.mjs checks. */
function envVarsTheServerReads(): Set<string> {
  const names = new Set<string>();
  const files: string[] = ["scripts/serve.mjs", "proxy.ts"];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir)) {
      const p = join(dir, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ts|tsx|mjs)$/.test(e) && !/\.test(-prop)?\.tsx?$/.test(e)) files.push(p);
    }
  };
  ["app", "lib", "components"].forEach(walk);
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/process\.env\.([A-Z_][A-Z0-9_]*)/g)) names.add(m[1]!);
    for (const m of text.matchAll(/env(?:Count|Milliseconds)\("([A-Z_][A-Z0-9_]*)"/g))
      names.add(m[1]!);
  }
  return names;
}

describe("the Kubernetes manifests", () => {
  it("hold a Deployment, a Service, an HPA and a PDB", () => {
    expect(manifests.map((m) => m.kind).sort()).toEqual(
      ["Deployment", "HorizontalPodAutoscaler", "PodDisruptionBudget", "Service"].sort(),
    );
  });

  it("run two or more replicas, and the HPA never goes below that", () => {
    expect(deployment.spec.replicas).toBeGreaterThanOrEqual(2);
    const hpa = byKind("HorizontalPodAutoscaler");
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
    expect(hpa.spec.scaleTargetRef).toMatchObject({
      kind: "Deployment",
      name: deployment.metadata.name,
    });
    expect(hpa.spec.metrics[0].resource).toMatchObject({ name: "cpu" });
  });

  it("probe a route the app has, on the container's port", () => {
    const ports = container.ports.map((p: { name: string }) => p.name);
    for (const probe of ["startupProbe", "readinessProbe", "livenessProbe"]) {
      const { path, port } = container[probe].httpGet;
      expect(path, probe).toBe("/api/health");
      expect(appHasRoute(path), `${probe}: ${path}`).toBe(true);
      expect(ports, probe).toContain(port);
    }
    expect(appHasRoute("/api/no-such-route")).toBe(false);
  });

  it("set only env vars the server reads (and Node's NODE_OPTIONS)", () => {
    const read = envVarsTheServerReads();
    expect(read.has("BATON_CONFIG")).toBe(true);
    const set = container.env.map((e: { name: string }) => e.name) as string[];
    expect(set).toEqual(
      expect.arrayContaining(["BATON_PUBLIC_ORIGIN", "BATON_EMBED_ORIGINS", "BATON_CONFIG"]),
    );
    for (const name of set) {
      expect(read.has(name) || name === "NODE_OPTIONS", name).toBe(true);
    }
  });

  it("set requests and limits, with the memory limit above the soak's peak (517 MiB)", () => {
    const { requests, limits } = container.resources;
    expect(requests.cpu && requests.memory && limits.cpu && limits.memory).toBeTruthy();
    const mebibytes = (q: string) => Number(q.replace(/Mi$/, ""));
    expect(mebibytes(limits.memory)).toBeGreaterThan(517);
  });

  it("run as non-root on a read-only root filesystem, with a volume wherever the server writes", () => {
    expect(pod.securityContext.runAsNonRoot).toBe(true);
    expect(container.securityContext.readOnlyRootFilesystem).toBe(true);
    const mounts = container.volumeMounts as { name: string; mountPath: string }[];
    for (const path of ["/app/.next/cache", "/app/.next/server/route-cache", "/tmp"]) {
      const mount = mounts.find((m) => m.mountPath === path);
      expect(mount, path).toBeDefined();
      expect(
        pod.volumes.find((v: { name: string }) => v.name === mount!.name).emptyDir,
      ).toBeDefined();
    }
  });

  it("mount BATON_CONFIG from the generated ConfigMap, and its config passes check-config", () => {
    const generator = kustomization.configMapGenerator[0]!;
    const volume = pod.volumes.find(
      (v: { configMap?: { name: string } }) => v.configMap?.name === generator.name,
    );
    const mount = container.volumeMounts.find((m: { name: string }) => m.name === volume.name);
    const configPath = container.env.find((e: { name: string }) => e.name === "BATON_CONFIG").value;
    const key = posix.relative(mount.mountPath, configPath);
    const file = generator.files.find((f) => posix.basename(f) === key);
    expect(file, `ConfigMap key ${key}`).toBeDefined();
    const loaded = loadConfigFile(join(DIR, file!));
    expect(loaded.ok ? "ok" : loaded.message).toBe("ok");
    // The logo the config names travels in the same ConfigMap, so it resolves beside the config.
    const logo = loaded.ok ? loaded.value.config.organisation.logo : undefined;
    if (logo) expect(generator.files.map((f) => posix.basename(f))).toContain(logo);
  });

  it("select the Deployment's pods from the Service and the PDB", () => {
    const labels = pod.containers && deployment.spec.template.metadata.labels;
    for (const kind of ["Service", "PodDisruptionBudget"]) {
      const m = byKind(kind);
      const selector = m.spec.selector.matchLabels ?? m.spec.selector;
      expect(labels, kind).toMatchObject(selector);
    }
    expect(byKind("Service").spec.ports[0].targetPort).toBe(container.ports[0].name);
  });

  it("give the drain time to finish before the kubelet kills the pod", () => {
    const env = Object.fromEntries(
      container.env.map((e: { name: string; value: string }) => [e.name, e.value]),
    );
    const drainSeconds =
      (Number(env.BATON_DRAIN_DELAY_MS) + Number(env.BATON_DRAIN_TIMEOUT_MS)) / 1000;
    expect(pod.terminationGracePeriodSeconds).toBeGreaterThan(drainSeconds);
  });
});

describe("the Dockerfile", () => {
  const dockerfile = readFileSync("Dockerfile", "utf8");

  it("is multi-stage on a Node 20 slim base pinned by version", () => {
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:20\.\d+\.\d+-[a-z]+-slim$/m);
    expect(dockerfile.match(/^FROM /gm)?.length).toBe(2);
  });

  it("installs with npm ci, builds, keeps production dependencies only, and runs as non-root", () => {
    expect(dockerfile).toMatch(/RUN npm ci\b/);
    expect(dockerfile).toMatch(/npm run build/);
    expect(dockerfile).toMatch(/npm prune --omit=dev/);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/NEXT_TELEMETRY_DISABLED=1/);
  });

  it("starts the server `npm start` starts", () => {
    const start = JSON.parse(readFileSync("package.json", "utf8")).scripts.start as string;
    const cmd = dockerfile.match(/^CMD (\[.*\])$/m)?.[1];
    expect(JSON.parse(cmd!).join(" ")).toBe(start);
  });
});
