import type { ReactNode } from "react";
import { DamagedCode } from "@/components/result/damaged-code";
import { decode } from "@/lib/share";

/** Explains a damaged code above the 404 that the page raises (a not-found page can't see params). */
export default async function EmbeddedResultLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ code: string }>;
}) {
  const { code } = await params;
  const decoded = decode(code);
  if (decoded.ok) return children;
  return (
    <div>
      <DamagedCode code={code} error={decoded.error} message={decoded.message} compact />
      {children}
    </div>
  );
}
