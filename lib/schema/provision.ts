import { z } from "zod";
import { SourcesSchema } from "./primitives";

/** Rows of the proposal comparison, in display order. */
export const ProvisionKeySchema = z.enum([
  "truceLength",
  "hostagesTotal",
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
/** One step of a provision's schedule as the text gives it ("day 1", "phase one"). */
export const ScheduleStepSchema = z.object({
  stage: z.string().min(1),
  value: z.string().min(1),
  amount: z.number().nonnegative().optional(),
});
export type ScheduleStep = z.infer<typeof ScheduleStepSchema>;

/** The text's own hedge on a provision ("reportedly"); it must appear in a cited passage. */
const HedgeSchema = z.string().min(1).optional();

export const ProvisionSchema = z.discriminatedUnion("state", [
  z.object({
    state: z.literal("specified"),
    value: z.string().min(1),
    /** Numeric core of the value where there is one (days, hostages), used for diffing. */
    amount: z.number().nonnegative().optional(),
    /** Releases or steps by stage, where the text gives them. */
    schedule: z.array(ScheduleStepSchema).min(1).optional(),
    hedge: HedgeSchema,
    sources: SourcesSchema,
  }),
  z.object({
    state: z.literal("not-included"),
    value: z.string().min(1),
    hedge: HedgeSchema,
    sources: SourcesSchema,
  }),
]);
export type Provision = z.infer<typeof ProvisionSchema>;

export const ProvisionsSchema = z.partialRecord(ProvisionKeySchema, ProvisionSchema);
export type Provisions = z.infer<typeof ProvisionsSchema>;
