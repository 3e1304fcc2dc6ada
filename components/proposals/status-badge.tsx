import type { ProposalStatus } from "@/lib/schema/proposal";

export type StatusBadgeProps = { status: ProposalStatus; label: string };

/** A proposal's status as a word in a bordered badge; the colour only repeats what the word says. */
export function StatusBadge({ status, label }: StatusBadgeProps) {
  return (
    <span className={`status-badge status-badge--${status}`} data-status={status}>
      {label}
    </span>
  );
}
