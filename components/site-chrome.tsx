import type { ReactNode } from "react";

export type SiteChromeProps = { header: ReactNode; footer: ReactNode; children: ReactNode };

/** The site's header, main landmark (the skip link's target) and footer around a page. */
export function SiteChrome({ header, footer, children }: SiteChromeProps) {
  return (
    <>
      {header}
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none sm:px-6">
        {children}
      </main>
      {footer}
    </>
  );
}
