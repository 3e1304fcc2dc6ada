import { formatShortDate } from "@/lib/format/format-date";
import type { CitationData } from "@/lib/queries/proposal-comparison";

export type CitationNotesProps = { notes: readonly CitationData[]; headingId?: string };

/** The table's numbered sources in full, like footnotes: the passage, the article, a link into it. */
export function CitationNotes({ notes, headingId = "notes-heading" }: CitationNotesProps) {
  if (notes.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="pnotes mt-14">
      <h2 id={headingId} className="font-serif text-xl font-bold">
        Passages cited in the table
      </h2>
      <ol className="pnotes-list">
        {notes.map((note) => (
          <li key={note.number} id={`note-${note.number}`} value={note.number}>
            <span className="pnotes-quote">“{note.quote}”</span>{" "}
            <span className="pnotes-from">
              <a href={note.href}>{note.articleTitle}</a>
              {note.outlet ? `, ${note.outlet}` : ""}, {formatShortDate(note.published)}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
