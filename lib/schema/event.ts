import { z } from "zod";
import { DatedSchema, SlugSchema, SourcesSchema } from "./primitives";

export const EventTypeSchema = z.enum([
  "attack",
  "military",
  "talks",
  "proposal",
  "rejection",
  "ceasefire",
  "collapse",
  "resolution",
  "release",
  "diplomacy",
]);
/** Kind of event; also a timeline filter value (`type=`), so values are only ever added. */
export type EventType = z.infer<typeof EventTypeSchema>;

/** Something that happened, dated, with the actors involved and the passages that report it. */
export const EventSchema = DatedSchema.extend({
  id: SlugSchema,
  type: EventTypeSchema,
  title: z.string().min(1).max(120),
  /** Short, neutral, attributed summary in our words. */
  summary: z.string().min(1),
  actorIds: z.array(SlugSchema).min(1, "an event needs at least one actor"),
  proposalIds: z.array(SlugSchema).default([]),
  sources: SourcesSchema,
});
export type Event = z.infer<typeof EventSchema>;
