import type { ReactNode } from "react";
import { DamagedCode } from "@/components/result/damaged-code";
import { decode } from "@/lib/share";

/**
 * A not-found page can't see the route's params, so this layout, which can, explains a damaged
 * code above the 404 that the page raises.
 */
export default async function ResultLayout({
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
    <>
      <DamagedCode code={code} error={decoded.error} message={decoded.message} />
      {children}
    </>
  );
}
