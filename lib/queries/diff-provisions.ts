import { normaliseForMatch } from "../text/normalise-text";
import type { ProvisionChange } from "../schema/derived-kinds";
import type { Proposal } from "../schema/proposal";
import { ProvisionKeySchema, type Provision, type ProvisionKey } from "../schema/provision";

export { ProvisionChangeSchema, type ProvisionChange } from "../schema/derived-kinds";

/** The changes a reader should see marked in the table. */
export const MARKED_CHANGES: ReadonlySet<ProvisionChange> = new Set(["changed", "newly-reported", "no-longer-reported"]);

/** Folds case, quote style, punctuation and spacing, so "60-day truce" and "60 day truce." compare equal. */
export function normaliseProvisionValue(value: string): string {
  return normaliseForMatch(value.normalize("NFKC"))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * Compares one provision with the previous proposal's. The numeric `amount` decides where both
 * sides have one (so "60-day pause" and "60-day truce" are the same length); otherwise the state
 * and the normalised wording do. Two `not-included` provisions are the same whatever their
 * wording, since both say the proposal leaves the matter out.
 */
export function compareProvision(previous: Provision | undefined, current: Provision | undefined): Exclude<ProvisionChange, "first"> {
  if (!previous && !current) return "unreported";
  if (!previous) return "newly-reported";
  if (!current) return "no-longer-reported";
  if (previous.state !== current.state) return "changed";
  if (previous.state === "specified" && current.state === "specified" && previous.amount !== undefined && current.amount !== undefined) {
    return previous.amount === current.amount ? "same" : "changed";
  }
  if (current.state === "not-included") return "same";
  return normaliseProvisionValue(previous.value) === normaliseProvisionValue(current.value) ? "same" : "changed";
}

/** One column of the comparison against the column before it. */
export type ProposalDiff = {
  proposalId: string;
  /** The proposal compared against; absent for the first column. */
  previousId: string | undefined;
  changes: Record<ProvisionKey, ProvisionChange>;
  /** How many provisions are marked, for a one-line summary in the column heading. */
  markedCount: number;
};

/**
 * Diffs each proposal against the one before it in the order given (the compared order, so
 * removing a column from the comparison changes what the next column is compared with).
 */
export function diffProvisions(
  proposals: readonly Pick<Proposal, "id" | "provisions">[],
  keys: readonly ProvisionKey[] = ProvisionKeySchema.options,
): ProposalDiff[] {
  return proposals.map((proposal, index) => {
    const previous = index > 0 ? proposals[index - 1] : undefined;
    const changes = Object.fromEntries(
      ProvisionKeySchema.options.map((key) => [
        key,
        previous ? compareProvision(previous.provisions[key], proposal.provisions[key]) : "first",
      ]),
    ) as Record<ProvisionKey, ProvisionChange>;
    const markedCount = keys.filter((key) => MARKED_CHANGES.has(changes[key])).length;
    return { proposalId: proposal.id, previousId: previous?.id, changes, markedCount };
  });
}
