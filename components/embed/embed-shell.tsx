import type { ReactNode } from "react";
import { SITE_NAME } from "@/lib/site";
import { TopLink } from "./top-link";

export type EmbedShellProps = {
  kicker: string;
  title: string;
  /** The full page this embed is a compact view of. */
  fullHref: string;
  /** "See the full timeline", said by the link back. */
  fullLabel: string;
  children: ReactNode;
};

/** What every embed shows around its content: a title linking to the full page and the site's name. */
export function EmbedShell({ kicker, title, fullHref, fullLabel, children }: EmbedShellProps) {
  return (
    <div className="embed mx-auto max-w-3xl">
      <header className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 border-b border-rule pb-2">
        <div className="min-w-0">
          <p className="text-xs font-semibold tracking-wide text-muted uppercase">{kicker}</p>
          <h1 className="font-serif text-xl leading-snug font-bold">
            <TopLink href={fullHref} className="text-ink no-underline hover:underline">
              {title}
            </TopLink>
          </h1>
        </div>
        <TopLink href="/" className="font-serif text-sm font-bold text-ink no-underline hover:underline">
          {SITE_NAME}
        </TopLink>
      </header>
      <div className="mt-3">{children}</div>
      <footer className="mt-4 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 border-t border-rule pt-2 text-sm text-muted">
        <TopLink href={fullHref} className="font-semibold text-ink">
          {fullLabel} →
        </TopLink>
        <p>
          From <TopLink href="/">{SITE_NAME}</TopLink>: every fact traced to a quoted source article.
        </p>
      </footer>
    </div>
  );
}
