import { INFERENCE_FIELD_LABELS } from "../format/labels";
import type { Inference } from "../schema/primitives";

/** One thing we worked out rather than read, as the "Our inference" marker shows it. */
export type InferenceNote = {
  /** The record's field, e.g. `date`, `speakerId`, `proposalIds[0]`. */
  field: string;
  /** What it concerns, for readers: "Date", "Speaker", "Link to the event". */
  label: string;
  reason: string;
};

function fieldName(field: string): string {
  return field.split(/[.[]/)[0] ?? field;
}

function noteOf(inference: Inference): InferenceNote {
  return { field: inference.field, label: INFERENCE_FIELD_LABELS[fieldName(inference.field)] ?? inference.field, reason: inference.reason };
}

/** The inference about one field (`proposalIds[1]` counts as `proposalIds`), if the record has one. */
export function inferenceFor(inferred: readonly Inference[], field: string): InferenceNote | undefined {
  const found = inferred.find((inference) => fieldName(inference.field) === field);
  return found ? noteOf(found) : undefined;
}

/** Every inference except those about `shownElsewhere` fields, which the page marks beside the field itself. */
export function inferenceNotes(inferred: readonly Inference[], shownElsewhere: readonly string[] = []): InferenceNote[] {
  return inferred.filter((inference) => !shownElsewhere.includes(fieldName(inference.field))).map(noteOf);
}
