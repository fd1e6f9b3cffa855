import { notFound } from "next/navigation"
import { monthOf } from "@/lib/page-cache/paths"

/**
 * The routes under app/cached are the cached renders of the public pages
 * (proxy.ts rewrites to them; lib/page-cache/paths.ts): rendered once per path
 * on first request and kept until app/api/revalidate expires one of their
 * tags, or REVALIDATE.default seconds pass. They read no cookies (the
 * visitor's parts are read from the browser), so one render serves everyone.
 */

/** The page's month from its path; anything but 1–12 is not a page. */
export function pageMonth(segment: string): number {
  return monthOf(segment) ?? notFound()
}
