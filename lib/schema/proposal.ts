import { z } from "zod";
import { DatedSchema, IsoDateSchema, SlugSchema, SourcesSchema } from "./primitives";
import { ProvisionsSchema } from "./provision";

export const ProposalStatusSchema = z.enum(["proposed", "under-negotiation", "rejected", "accepted", "collapsed"]);
export type ProposalStatus = z.infer<typeof ProposalStatusSchema>;

/** A change of a proposal's status and the event that brought it. */
export const StatusChangeSchema = z.object({
  status: ProposalStatusSchema,
  date: IsoDateSchema,
  eventId: SlugSchema.optional(),
  note: z.string().min(1).optional(),
});
export type StatusChange = z.infer<typeof StatusChangeSchema>;

/** A plan put on the table, with its provisions as the sources describe them. */
export const ProposalSchema = DatedSchema.extend({
  id: SlugSchema,
  title: z.string().min(1),
  shortTitle: z.string().min(1).max(32),
  proposerIds: z.array(SlugSchema).min(1),
  /** A proposal this one answers or revises, e.g. a counter-proposal's original. */
  respondsToId: SlugSchema.optional(),
  summary: z.string().min(1),
  /** Ordered oldest first; the last entry is the current status. */
  statusHistory: z.array(StatusChangeSchema).min(1),
  provisions: ProvisionsSchema,
  sources: SourcesSchema,
});
export type Proposal = z.infer<typeof ProposalSchema>;
