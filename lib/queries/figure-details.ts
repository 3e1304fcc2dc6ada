import { formatCountValue } from "../format/format-count";
import { DEATH_STATUS_LABELS } from "../format/labels";
import { formatNumber } from "../format/words";
import type { Count } from "../schema/count";

/** What a figure's card and table row say beside its number. */
export type FigureDetails = {
  /** "over 57,000", "20 to 24". */
  valueText: string;
  /** "8 troops, 25 civilians": the parts as the text splits them. */
  breakdownText?: string;
  /** "confirmed dead", "presumed dead". */
  deathStatusText?: string;
};

/** A breakdown as read: each part's number and label, in the text's order. */
export function formatBreakdown(breakdown: NonNullable<Count["breakdown"]>): string {
  return breakdown.map((part) => `${formatNumber(part.value)} ${part.label}`).join(", ");
}

export function figureDetails(count: Pick<Count, "value" | "qualifier" | "low" | "high" | "breakdown" | "deathStatus">): FigureDetails {
  return {
    valueText: formatCountValue(count.value, count.qualifier, count),
    ...(count.breakdown ? { breakdownText: formatBreakdown(count.breakdown) } : {}),
    ...(count.deathStatus ? { deathStatusText: DEATH_STATUS_LABELS[count.deathStatus] } : {}),
  };
}
