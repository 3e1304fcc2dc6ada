import Link from "next/link";
import { formatShortDate } from "@/lib/format/format-date";
import { sourceHref } from "@/lib/format/quote-anchor";

export type SourceQuoteProps = {
  quote: string;
  articleId: string;
  articleTitle: string;
  outlet: string | null;
  published: string;
};

/** A verbatim passage with the article it comes from; the quote is rendered as text, never HTML. */
export function SourceQuote({ quote, articleId, articleTitle, outlet, published }: SourceQuoteProps) {
  return (
    <figure className="border-l-2 border-rule pl-3">
      <blockquote className="font-serif text-[0.98rem] leading-relaxed text-ink">“{quote}”</blockquote>
      <figcaption className="mt-1 text-sm text-muted">
        <Link href={sourceHref(articleId, quote)} className="text-muted hover:text-ink">
          {articleTitle}
        </Link>
        {outlet ? `, ${outlet}` : ""} · {formatShortDate(published)}
      </figcaption>
    </figure>
  );
}
