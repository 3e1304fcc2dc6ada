import { z } from "zod";
import type { RecordKind } from "../queries/record-updated";

/** Record kinds a citation can name, as they appear in `/cite/<kind>/<id>.bib` (the site's path words). */
export const CitableKindSchema = z.enum(["events", "statements", "figures", "actors", "proposals", "sources"]);
export type CitableKind = z.infer<typeof CitableKindSchema>;

/** How a citation names what it cites. */
export const CITABLE_KIND_LABELS: Record<CitableKind, string> = {
  events: "Event record",
  statements: "Statement record",
  figures: "Reported figure",
  actors: "Actor profile",
  proposals: "Proposal record",
  sources: "Source article",
};

/** The kind corrections use for each (a figure is a count, a source an article). */
export const CITABLE_RECORD_KINDS: Record<CitableKind, RecordKind> = {
  events: "event",
  statements: "statement",
  figures: "count",
  actors: "actor",
  proposals: "proposal",
  sources: "article",
};
