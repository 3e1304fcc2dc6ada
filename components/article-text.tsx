import { Link } from "@/components/site-link";
import { Fragment } from "react";
import { FACT_KIND_LABELS } from "@/lib/format/labels";
import { countNoun } from "@/lib/format/words";
import type { CitingFact } from "@/lib/queries/article-citations";
import type { ArticleParagraph, MarkSegment, Passage } from "@/lib/queries/article-highlights";

export type ArticleTextProps = {
  paragraphs: readonly ArticleParagraph[];
  passages: readonly Passage<CitingFact>[];
};

export function paragraphAnchorId(index: number): string {
  return `p-${index + 1}`;
}

function citedByLabel(number: number, passages: readonly Passage<CitingFact>[]): string {
  const count = passages[number - 1]?.citedBy.length ?? 0;
  return `Passage ${number}, cited by ${countNoun(count, "fact", "facts")}`;
}

function passageNoteId(passage: number): string {
  return `passage-${passage}`;
}

/** A highlighted piece; its quotes' anchors sit where each quote starts, the first one on the <mark> itself. */
function QuoteMark({ segment }: { segment: MarkSegment }) {
  const [first, ...rest] = segment.anchors;
  const ownId = first && first.offset === 0 ? first.id : undefined;
  const inner = ownId ? rest : segment.anchors;
  const pieces: React.ReactNode[] = [];
  let cursor = 0;
  for (const anchor of inner) {
    if (anchor.offset > cursor) pieces.push(segment.text.slice(cursor, anchor.offset));
    pieces.push(<span key={anchor.id} id={anchor.id} className="quote-anchor" />);
    cursor = Math.max(cursor, anchor.offset);
  }
  pieces.push(segment.text.slice(cursor));
  return (
    <mark id={ownId} data-passage={segment.passage} className="quote-mark">
      {pieces}
    </mark>
  );
}

function PassageNotes({ numbers, passages }: { numbers: readonly number[]; passages: readonly Passage<CitingFact>[] }) {
  return (
    <ol className="article-notes" aria-label="Facts citing this paragraph">
      {numbers.map((number) => {
        const passage = passages[number - 1];
        if (!passage) return null;
        return (
          <li key={number} id={passageNoteId(number)} className="article-note">
            <span className="article-note-number" aria-hidden="true">{number}</span>
            <ul>
              {passage.citedBy.map((fact) => (
                <li key={fact.key}>
                  <span className="article-note-kind">{FACT_KIND_LABELS[fact.kind]}</span>{" "}
                  <Link href={fact.href}>{fact.title}</Link>
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}

/**
 * The article text as plain text in paragraphs (React escapes every character, so markup in a seed is
 * shown, never run), with quoted passages marked and, beside each paragraph, the facts that cite them.
 */
export function ArticleText({ paragraphs, passages }: ArticleTextProps) {
  return (
    <div className="article-text">
      {paragraphs.map((paragraph) => (
        <div
          key={paragraph.index}
          id={paragraphAnchorId(paragraph.index)}
          className={`article-row${paragraph.repeatOf !== undefined ? " is-repeat" : ""}`}
          data-repeat-of={paragraph.repeatOf !== undefined ? paragraphAnchorId(paragraph.repeatOf) : undefined}
        >
          <div className="article-body">
            {paragraph.repeatOf !== undefined ? (
              <p className="repeat-label">
                Repeated verbatim in the original: same as{" "}
                <a href={`#${paragraphAnchorId(paragraph.repeatOf)}`}>paragraph {paragraph.repeatOf + 1}</a>
              </p>
            ) : null}
            <p className="article-paragraph">
              {paragraph.segments.map((segment, i) =>
                segment.kind === "text" ? (
                  segment.text
                ) : (
                  <Fragment key={i}>
                    <QuoteMark segment={segment} />
                    {segment.isContinuation ? null : (
                      <sup className="passage-ref">
                        <a
                          href={`#${passageNoteId(segment.passage)}`}
                          aria-label={citedByLabel(segment.passage, passages)}
                        >
                          {segment.passage}
                        </a>
                      </sup>
                    )}
                  </Fragment>
                ),
              )}
            </p>
          </div>
          {paragraph.passages.length > 0 ? <PassageNotes numbers={paragraph.passages} passages={passages} /> : null}
        </div>
      ))}
    </div>
  );
}
