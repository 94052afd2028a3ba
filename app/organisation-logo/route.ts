import { loadedOrganisation } from "@/lib/organisation/server";

/** The organisation's logo, read from the local file the config names when the server started. */
export function GET(): Response {
  const logo = loadedOrganisation?.logo;
  if (!logo) return new Response("No organisation logo is configured.\n", { status: 404 });
  return new Response(logo.bytes, {
    headers: {
      "Content-Type": logo.contentType,
      "Cache-Control": "public, max-age=3600",
      // An SVG opened on its own must not run anything.
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
