import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * `next/link` that never prefetches: by default Next.js downloads the data of every page linked in view
 * (on the timeline that was the whole timeline's payload four more times, 44% of the bytes on the wire),
 * for pages the reader has not asked for. A click still navigates in place; it just fetches then.
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
