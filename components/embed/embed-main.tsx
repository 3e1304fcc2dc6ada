import type { ReactNode } from "react";

/** What an embed's page holds instead of the site's chrome: its content alone, with a little room. */
export function EmbedMain({ children }: { children: ReactNode }) {
  return (
    <main id="main" className="w-full flex-1 px-3 py-3">
      {children}
    </main>
  );
}
