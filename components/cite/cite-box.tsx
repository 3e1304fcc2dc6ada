import { citationDownloadHref } from "@/lib/cite/citation-download";
import type { CitationFields } from "@/lib/cite/citation-fields";
import { versionText } from "@/lib/cite/format-citation";
import { SITE_URL } from "@/lib/site";
import { CitationText } from "./citation-text";

export type CiteBoxProps = {
  citation: CitationFields;
  /** Folded under a "Cite" summary, for a statement or figure inside a page. */
  isCompact?: boolean;
};

/** "Cite this": the citation to copy, the version it names, and BibTeX and CSL-JSON files. */
export function CiteBox({ citation, isCompact = false }: CiteBoxProps) {
  const headingId = `cite-${citation.kind}-${citation.id}`;
  const body = (
    <>
      <CitationText fields={citation} origin={SITE_URL?.origin ?? ""} />
      <p className="mt-2 text-muted">
        {versionText(citation)} of this record{citation.version ? "; the corrections page says what changed" : ""}. Download:{" "}
        <a href={citationDownloadHref(citation, "bib")} download className="underline">
          BibTeX<span className="sr-only"> citation of “{citation.title}”</span>
        </a>
        {" · "}
        <a href={citationDownloadHref(citation, "json")} download className="underline">
          CSL-JSON<span className="sr-only"> citation of “{citation.title}”</span>
        </a>
      </p>
    </>
  );
  if (isCompact) {
    return (
      <details className="cite-box no-print mt-3 text-sm">
        <summary className="cursor-pointer text-muted hover:text-ink">Cite this {citation.kindLabel.toLowerCase()}</summary>
        <div className="mt-2">{body}</div>
      </details>
    );
  }
  return (
    <section aria-labelledby={headingId} className="cite-box no-print rounded border border-rule bg-surface p-4 text-sm">
      <h2 id={headingId} className="font-serif text-lg font-bold">
        Cite this
      </h2>
      <div className="mt-2">{body}</div>
    </section>
  );
}
