import "server-only";
import { headers } from "next/headers";
import { configuredPublicOrigin } from "./env";

/**
 * The site's public origin for absolute URLs: BATON_PUBLIC_ORIGIN when set, otherwise the
 * request's own host (fine for local use; set the variable behind a proxy).
 */
export async function siteOrigin(): Promise<string> {
  if (configuredPublicOrigin) return configuredPublicOrigin;
  const h = await headers();
  const host = h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" ? "https" : "http";
  return `${proto}://${/^[a-z0-9.:[\]-]+$/i.test(host) ? host : "localhost:3000"}`;
}
