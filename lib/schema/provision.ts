import { z } from "zod";
import { SourcesSchema } from "./primitives";

/** Rows of the proposal comparison, in display order. */
export const ProvisionKeySchema = z.enum([
  "truceLength",
  "hostagesLiving",
  "hostagesDead",
  "releaseSchedule",
  "prisonerReleases",
  "troopWithdrawal",
  "humanitarianAid",
  "endOfWarGuarantee",
  "truceEnd",
  "otherDemands",
]);
export type ProvisionKey = z.infer<typeof ProvisionKeySchema>;

/**
 * One provision of one proposal. A key missing from a proposal means the sources do not
 * report it; `not-included` means the sources say the proposal leaves it out.
 */
export const ProvisionSchema = z.discriminatedUnion("state", [
  z.object({
    state: z.literal("specified"),
    value: z.string().min(1),
    /** Numeric core of the value where there is one (days, hostages), used for diffing. */
    amount: z.number().nonnegative().optional(),
    sources: SourcesSchema,
  }),
  z.object({
    state: z.literal("not-included"),
    value: z.string().min(1),
    sources: SourcesSchema,
  }),
]);
export type Provision = z.infer<typeof ProvisionSchema>;

export const ProvisionsSchema = z.partialRecord(ProvisionKeySchema, ProvisionSchema);
export type Provisions = z.infer<typeof ProvisionsSchema>;
