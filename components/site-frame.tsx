"use client";

import { useSelectedLayoutSegment } from "next/navigation";
import { EmbedMain } from "./embed/embed-main";
import { SiteChrome, type SiteChromeProps } from "./site-chrome";

/** The top-level segment whose pages are framed by other sites: they get no header, footer or nav. */
export const EMBED_SEGMENT = "embed";

export type SiteFrameProps = SiteChromeProps;

/**
 * The site's chrome around a page, left out under `/embed/…`. Decided from the route segment while the
 * page renders on the server, so an embed's HTML holds no chrome at all, with or without JavaScript.
 */
export function SiteFrame({ header, footer, children }: SiteFrameProps) {
  if (useSelectedLayoutSegment() === EMBED_SEGMENT) {
    return <EmbedMain>{children}</EmbedMain>;
  }
  return (
    <SiteChrome header={header} footer={footer}>
      {children}
    </SiteChrome>
  );
}
