import { z } from "zod";

// Kinds the queries derive from the records (not fields of the data files); defined here, below both
// the queries that produce them and the labels that name them, so neither folder imports the other.

/** How an actor (or one of its people) figures in an entry. */
export const ActivityRelationSchema = z.enum(["took-part", "spoke", "spoken-for", "reported"]);
export type ActivityRelation = z.infer<typeof ActivityRelationSchema>;

/** The kinds of fact that cite an article passage, in the order an article page lists them. */
export const CitingKindSchema = z.enum(["event", "statement", "figure", "proposal", "actor"]);
export type CitingKind = z.infer<typeof CitingKindSchema>;

/**
 * How one provision of a proposal compares with the same provision of the proposal before it:
 * `first` (nothing to compare with), `same`, `changed`, `newly-reported` (the sources report it
 * now and did not for the previous one), `no-longer-reported` (the reverse) and `unreported`
 * (reported for neither, so nothing can be said).
 */
export const ProvisionChangeSchema = z.enum(["first", "same", "changed", "newly-reported", "no-longer-reported", "unreported"]);
export type ProvisionChange = z.infer<typeof ProvisionChangeSchema>;
