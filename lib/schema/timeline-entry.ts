import { z } from "zod";
import { EventTypeSchema } from "./event";
import { DatedSchema, SlugSchema, SourcesSchema } from "./primitives";

/** Timeline `type=` values: every event type plus statements and reported figures. */
export const TimelineTypeSchema = z.enum([...EventTypeSchema.options, "statement", "figure"]);
export type TimelineType = z.infer<typeof TimelineTypeSchema>;

/** One row of the timeline: an event, a statement or a reported figure, flattened for display and filtering. */
export const TimelineEntrySchema = DatedSchema.extend({
  id: SlugSchema,
  kind: z.enum(["event", "statement", "figure"]),
  type: TimelineTypeSchema,
  title: z.string(),
  summary: z.string(),
  /** Actors named on the entry (speaker and the actor spoken for, for statements). */
  actorIds: z.array(SlugSchema),
  /** Where a statement was made, as the source words it ("told CNN"). */
  venue: z.string().optional(),
  /** Verbatim words of a statement, shown as a quotation. */
  quotation: z.string().optional(),
  proposalIds: z.array(SlugSchema),
  sources: SourcesSchema,
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;
