"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export interface NavItem {
  href: string;
  label: string;
}

/**
 * The item whose section `pathname` is in: the page itself or a page below it ("/guides" for
 * "/guides/sagas"), else undefined. Pure, for the tests.
 *
 * @example
 * currentItem("/map", [{ href: "/map", label: "Map" }])?.label // → "Map"
 */
export function currentItem(
  pathname: string | null,
  items: readonly NavItem[],
): NavItem | undefined {
  if (!pathname) return undefined;
  return items.find((item) => pathname === item.href || pathname.startsWith(`${item.href}/`));
}

/**
 * The main navigation's links, the current section's marked `aria-current="page"` (underlined by
 * `.site-nav`). A client component so the mark follows client-side navigation, which keeps the
 * layout and its header.
 */
export function SiteNavLinks({ items }: { items: readonly NavItem[] }) {
  const current = currentItem(usePathname(), items);
  return (
    <ul>
      {items.map((item) => (
        <li key={item.href}>
          <Link href={item.href} aria-current={item === current ? "page" : undefined}>
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
