import type { Proposal } from "../schema/proposal";

type Orderable = Pick<Proposal, "id" | "date" | "respondsToId">;

/**
 * Proposals oldest first: the order of the comparison's columns and of its diff. Two proposals on
 * the same date (a plan and the reply to it, both dated only to the month) keep answer after
 * original; otherwise they keep their order in the data file, which the data lists chronologically.
 */
export function orderProposals<T extends Orderable>(proposals: readonly T[]): T[] {
  const position = new Map(proposals.map((p, i) => [p.id, i]));
  const byId = new Map(proposals.map((p) => [p.id, p]));
  /** How many replies deep a proposal is among those on its date (original 0, reply 1, reply to the reply 2). */
  const depth = (proposal: T): number => {
    let level = 0;
    const seen = new Set<string>([proposal.id]);
    for (let parent = proposal.respondsToId && byId.get(proposal.respondsToId); parent && !seen.has(parent.id); ) {
      if (parent.date === proposal.date) level += 1;
      seen.add(parent.id);
      parent = parent.respondsToId ? byId.get(parent.respondsToId) : undefined;
    }
    return level;
  };
  return [...proposals].sort(
    (a, b) => a.date.localeCompare(b.date) || depth(a) - depth(b) || (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0),
  );
}
