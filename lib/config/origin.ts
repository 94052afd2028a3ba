import "server-only";
import { headers } from "next/headers";
import { allowedHosts, configuredPublicOrigin } from "./env";
import { originFromHost } from "./hosts.mjs";

/**
 * The site's public origin for absolute URLs: BATON_PUBLIC_ORIGIN when set; otherwise the
 * request's own host when it is on BATON_ALLOWED_HOSTS (default: the loopback names), so a
 * client can't make the page's og:url, share links or oEmbed point at a host of its choosing;
 * otherwise `http://localhost:3000`.
 */
export async function siteOrigin(): Promise<string> {
  if (configuredPublicOrigin) return configuredPublicOrigin;
  const h = await headers();
  return originFromHost(h.get("host"), h.get("x-forwarded-proto"), allowedHosts);
}
