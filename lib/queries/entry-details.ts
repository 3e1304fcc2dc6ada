import { factDateTime, formatFactDate } from "../format/format-date";
import type { TimelineEntry } from "../schema/timeline-entry";
import type { DatasetIndex } from "./dataset-index";
import { figureDetails, type FigureDetails } from "./figure-details";
import { inferenceFor, inferenceNotes, type InferenceNote } from "./inference-notes";
import { statementView, type StatementView } from "./statement-view";

/** What a card shows of the richer model: the date as the text bounds it, who spoke and how, and our inferences. */
export type EntryDetails = {
  /** "Between 18 March and 25 June 2025", "c. 24 June 2025". */
  dateText: string;
  /** The `<time>` element's machine-readable value ("2025-05" for a month). */
  dateTime: string;
  /** Our inference about the date, marked beside it. */
  dateInference?: InferenceNote;
  /** Inferences about anything else (links to events or proposals, the reporter), listed under the entry. */
  otherInferences: InferenceNote[];
  statement?: StatementView;
  figure?: FigureDetails;
};

/** Fields whose inference is marked beside the field itself rather than in the list under the entry. */
const MARKED_IN_PLACE = ["date", "speakerId"];

export function entryDetails(entry: TimelineEntry, index: Pick<DatasetIndex, "actors" | "statements" | "counts">): EntryDetails {
  const dateInference = inferenceFor(entry.inferred, "date");
  const statement = entry.kind === "statement" ? index.statements.get(entry.id) : undefined;
  const count = entry.kind === "figure" ? index.counts.get(entry.id) : undefined;
  return {
    dateText: formatFactDate(entry),
    dateTime: factDateTime(entry),
    ...(dateInference ? { dateInference } : {}),
    otherInferences: inferenceNotes(entry.inferred, MARKED_IN_PLACE),
    ...(statement ? { statement: statementView(statement, index.actors) } : {}),
    ...(count ? { figure: figureDetails(count) } : {}),
  };
}
