import { INFERENCE_FIELD_LABELS } from "../format/labels";
import { z } from "zod";
import type { Inference } from "../schema/primitives";

/**
 * One thing we worked out rather than read, as the "Our inference" marker shows it: the record's field
 * (`date`, `speakerId`, `proposalIds[0]`), what it concerns for readers ("Date", "Link to the event") and why.
 */
export const InferenceNoteSchema = z.object({ field: z.string(), label: z.string(), reason: z.string() });
export type InferenceNote = z.infer<typeof InferenceNoteSchema>;

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
