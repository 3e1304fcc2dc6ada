import { z } from "zod";
import { checkDateRange, DatedSchema, DatePrecisionSchema, IsoDateSchema, SlugSchema, SourceRefSchema, SourcesSchema } from "./primitives";
import { ProvisionsSchema } from "./provision";

export const ProposalStatusSchema = z.enum(["proposed", "under-negotiation", "rejected", "accepted", "collapsed", "stalled"]);
export type ProposalStatus = z.infer<typeof ProposalStatusSchema>;

/** A change of a proposal's status and the event that brought it. */
export const StatusChangeSchema = z
  .object({
    status: ProposalStatusSchema,
    date: IsoDateSchema,
    /** How exactly the text dates the change; a day unless it says less. */
    precision: DatePrecisionSchema.default("day"),
    earliest: IsoDateSchema.optional(),
    latest: IsoDateSchema.optional(),
    dateLabel: z.string().min(1).optional(),
    eventId: SlugSchema.optional(),
    note: z.string().min(1).optional(),
    /** Passages for a change no linked event reports. */
    sources: z.array(SourceRefSchema).optional(),
  })
  .superRefine(checkDateRange);
export type StatusChange = z.infer<typeof StatusChangeSchema>;

/** A plan put on the table, or an agreement the parties reached (which may name no proposer). */
export const ProposalKindSchema = z.enum(["proposal", "agreement"]);
export type ProposalKind = z.infer<typeof ProposalKindSchema>;

/** A plan put on the table, with its provisions as the sources describe them. */
export const ProposalSchema = DatedSchema.extend({
  id: SlugSchema,
  title: z.string().min(1),
  shortTitle: z.string().min(1).max(32),
  kind: ProposalKindSchema.default("proposal"),
  proposerIds: z.array(SlugSchema),
  /** A proposal this one answers or revises, e.g. a counter-proposal's original. */
  respondsToId: SlugSchema.optional(),
  summary: z.string().min(1),
  /** Ordered oldest first; the last entry is the current status. */
  statusHistory: z.array(StatusChangeSchema).min(1),
  provisions: ProvisionsSchema,
  sources: SourcesSchema,
}).superRefine((value, ctx) => {
  if (value.kind === "proposal" && value.proposerIds.length === 0) {
    ctx.addIssue({ code: "custom", path: ["proposerIds"], message: 'a proposal needs a proposer; only kind "agreement" may have none' });
  }
});
export type Proposal = z.infer<typeof ProposalSchema>;
