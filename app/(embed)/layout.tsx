import type { Metadata } from "next";
import type { ReactNode } from "react";
import { HeightReporter } from "@/components/embed/height-reporter";
import styles from "./embed.module.css";

// Embeds echo user text and live inside other sites' pages: never indexed.
export const metadata: Metadata = { robots: { index: false, follow: false } };

/** Chrome-less views for iframes in wikis: no header, no footer, no navigation. */
export default function EmbedLayout({ children }: { children: ReactNode }) {
  return (
    <main id="main" className={styles.main}>
      <div className="container">{children}</div>
      <HeightReporter />
    </main>
  );
}
