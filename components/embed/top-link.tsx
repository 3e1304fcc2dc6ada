import type { ComponentProps } from "react";

/**
 * A link inside an embed: it opens in the page that frames the embed (`target="_top"`), never inside the
 * frame. A plain anchor, not `next/link`, so no script can turn it into a navigation within the frame.
 */
export function TopLink(props: Omit<ComponentProps<"a">, "target">) {
  return <a {...props} target="_top" />;
}
