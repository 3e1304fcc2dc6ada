import { formatShortDate } from "@/lib/format/format-date";
import type { CitationData } from "@/lib/queries/proposal-comparison";

export type CitationLinkProps = {
  citation: CitationData;
  /** Unique per occurrence: the same passage may be cited in several cells. */
  popoverId: string;
};

/**
 * A numbered citation. Hover or keyboard focus shows the verbatim passage (CSS only, no script);
 * screen readers get it as the link's description; following the link opens the passage in its
 * article. In print the pop-up is dropped and the number points to the footnotes.
 */
export function CitationLink({ citation, popoverId }: CitationLinkProps) {
  const date = formatShortDate(citation.published);
  const from = citation.outlet ? `${citation.outlet}, ${date}` : `Report of ${date}`;
  return (
    <span className="cite">
      <a href={citation.href} className="cite-link" aria-describedby={popoverId} data-note={citation.number}>
        <span aria-hidden="true">[</span>
        <span className="sr-only">Source </span>
        {citation.number}
        <span aria-hidden="true">]</span>
        <span className="sr-only">: {from}</span>
      </a>
      <span role="tooltip" id={popoverId} className="cite-pop">
        <span className="cite-quote">“{citation.quote}”</span>
        <span className="cite-from">
          {citation.articleTitle}
          {citation.outlet ? `, ${citation.outlet}` : ""} · {date}
        </span>
      </span>
    </span>
  );
}
