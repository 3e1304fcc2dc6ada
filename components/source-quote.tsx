import { Link } from "@/components/site-link";
import { formatPublished } from "@/lib/format/format-published";
import { sourceHref } from "@/lib/format/quote-anchor";
import type { SourceCitation } from "@/lib/queries/source-citations";

export type SourceQuoteProps = SourceCitation & {
  /** `_top` inside an embed, so the article opens in the page that frames it. */
  linkTarget?: "_top";
};

/** A verbatim passage with the article it comes from; the quote is rendered as text, never HTML. */
export function SourceQuote({ quote, articleId, articleTitle, outlet, published, publishedLatest, linkTarget }: SourceQuoteProps) {
  return (
    <figure className="source-quote">
      <blockquote>“{quote}”</blockquote>
      <figcaption>
        <Link href={sourceHref(articleId, quote)} target={linkTarget}>
          {articleTitle}
        </Link>
        {outlet ? `, ${outlet}` : ""} · {formatPublished({ published, publishedLatest }, { isShort: true })}
      </figcaption>
    </figure>
  );
}
