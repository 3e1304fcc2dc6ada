import { INFERENCE_LABEL } from "@/lib/format/labels";
import type { InferenceNote } from "@/lib/queries/inference-notes";

export type InferenceMarkProps = {
  note: InferenceNote;
  /** Name what the inference concerns ("Link to the event: …") where it is not beside the field itself. */
  isFieldNamed?: boolean;
};

/**
 * The one marker for anything we worked out rather than read in the article: a worded badge and our reason,
 * the same on every page so readers learn it once.
 */
export function InferenceMark({ note, isFieldNamed = false }: InferenceMarkProps) {
  return (
    <span className="inference-mark" data-inference={note.field}>
      <span className="inference-badge">{INFERENCE_LABEL}</span>
      {isFieldNamed ? <span className="font-medium text-ink">{note.label}: </span> : null}
      {note.reason}
    </span>
  );
}

export type InferenceListProps = { notes: readonly InferenceNote[] };

/** Inferences about links and other fields a card does not show one by one, each with what it concerns. */
export function InferenceList({ notes }: InferenceListProps) {
  if (notes.length === 0) return null;
  return (
    <ul className="inference-list" aria-label={`${INFERENCE_LABEL}s`}>
      {notes.map((note) => (
        <li key={note.field}>
          <InferenceMark note={note} isFieldNamed />
        </li>
      ))}
    </ul>
  );
}
