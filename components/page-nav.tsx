import { Link } from "@/components/site-link";

export type PageNavProps = {
  page: number;
  pageCount: number;
  /** The address of a page (1-based), keeping whatever the view holds besides its page. */
  hrefOf: (page: number) => string;
  /** The links' words, e.g. ["Newer", "Older"]: which way the list runs. */
  words: readonly [previous: string, next: string];
  /** What a page holds, for screen readers: "entries", "corrections". */
  noun: string;
  /** Distinguishes the two navs (top and bottom) for assistive technology. */
  label: string;
};

/** Previous/next links with "Page N of M" between them. Nothing when one page holds everything. */
export function PageNav({ page, pageCount, hrefOf, words, noun, label }: PageNavProps) {
  if (pageCount <= 1) return null;
  const [previousWord, nextWord] = words;
  const linkClass = "rounded border border-rule bg-surface px-3 py-1.5 no-underline hover:border-current";
  return (
    <nav aria-label={label} className="no-print my-6 flex flex-wrap items-center justify-between gap-3 text-sm">
      {page > 1 ? (
        <Link href={hrefOf(page - 1)} rel="prev" className={linkClass}>
          ← {previousWord}{" "}
          <span className="sr-only">
            {noun}, page {page - 1}
          </span>
        </Link>
      ) : (
        <span />
      )}
      <p className="text-muted">
        Page {page} of {pageCount}
      </p>
      {page < pageCount ? (
        <Link href={hrefOf(page + 1)} rel="next" className={linkClass}>
          {nextWord}{" "}
          <span className="sr-only">
            {noun}, page {page + 1}
          </span>{" "}
          →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
