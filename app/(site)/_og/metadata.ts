/**
 * The metadata of a share page (a result `/r/<code>` or a flow map `/m/<code>`): kept out of
 * search engines, discoverable by oEmbed, and unfurled in chat with its Open Graph image.
 */
import type { Metadata } from "next";
import { OG_SIZE } from "./size";

/**
 * Next metadata for a share page: `title` and `description` for the page, Open Graph and the X
 * card; `imageUrl` is the page's 1200×630 image and `alt` its text.
 *
 * @example
 * sharePageMetadata({ origin, pageUrl: `${origin}/m/m1.AbC`, imageUrl: `${origin}/m/m1.AbC/og`, title, description, alt })
 */
export function sharePageMetadata(page: {
  origin: string;
  pageUrl: string;
  imageUrl: string;
  title: string;
  description: string;
  alt: string;
}): Metadata {
  const { origin, pageUrl, imageUrl, title, description, alt } = page;
  return {
    title,
    description,
    robots: { index: false, follow: false },
    alternates: {
      types: {
        "application/json+oembed": `${origin}/api/oembed?url=${encodeURIComponent(pageUrl)}`,
      },
    },
    openGraph: {
      type: "website",
      siteName: "Baton",
      url: pageUrl,
      title,
      description,
      images: [{ url: imageUrl, ...OG_SIZE, alt }],
    },
    twitter: { card: "summary_large_image", title, description, images: [{ url: imageUrl, alt }] },
  };
}
